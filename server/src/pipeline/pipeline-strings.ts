/** What the analysis pipeline tells the user while it works: the progress of a big log's analysis. */
import { localised } from '../../../catalog/src/l10n';

export const PROGRESS_STRINGS = localised(
  {
    /** The status bar shows "SIP Lens: analysing big.log 40%". */
    analysing: 'analysing {name}',
    /** A log read from disk ("SIP: Analyse on disk"), before its analysis. */
    reading: 'reading {name}',
  },
  {
    analysing: '正在分析：{name}',
    reading: '正在读取：{name}',
  },
);

/** "SIP: Analyse on disk" (onDisk.ts): what the server says when it cannot read a log. */
export const ON_DISK_STRINGS = localised(
  {
    notAFile: 'only a file on the disk the SIP Lens server runs on can be analysed on disk',
  },
  {
    notAFile: '只有 SIP Lens 服务器所在磁盘上的文件才能在磁盘上分析',
  },
);
