/** What the analysis pipeline tells the user while it works: the progress of a big log's analysis. */
import { localised } from '../../../catalog/src/l10n';

export const PROGRESS_STRINGS = localised(
  {
    /** The status bar shows "SIP Lens: analysing big.log 40%". */
    analysing: 'analysing {name}',
  },
  {
    analysing: '正在分析：{name}',
  },
);
