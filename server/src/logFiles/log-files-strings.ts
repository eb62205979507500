/**
 * Why a log could not be read, in both languages: the CLI prints these after `sip-lens: ` and the
 * editor shows them for "Analyse on disk". Values in quotes come from the command line or the
 * file system.
 */
import { localised } from '../../../catalog/src/l10n';

export const LOG_READ_STRINGS = localised(
  {
    cannotRead: "cannot read '{path}': {reason}",
    noSuchFile: "cannot read '{path}': no such file",
    permissionDenied: "cannot read '{path}': permission denied",
    notRegularFile: "cannot read '{path}': it is a directory or not a regular file",
    gzipTruncated: "cannot read '{path}': the gzip data ends early (is the file truncated?)",
    gzipCorrupt: "cannot read '{path}': not valid gzip data ({reason})",
  },
  {
    cannotRead: '无法读取“{path}”：{reason}',
    noSuchFile: '无法读取“{path}”：文件不存在',
    permissionDenied: '无法读取“{path}”：没有读取权限',
    notRegularFile: '无法读取“{path}”：它是目录，或不是普通文件',
    gzipTruncated: '无法读取“{path}”：gzip 数据提前结束（文件是否被截断？）',
    gzipCorrupt: '无法读取“{path}”：不是有效的 gzip 数据（{reason}）',
  },
);

export type LogReadKey = keyof typeof LOG_READ_STRINGS.en;
