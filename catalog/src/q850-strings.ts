/**
 * The sentences RFC 3398's two tables become (q850-mapping.ts), in both languages. Each Chinese
 * sentence has its own word order: "cause 17 maps to 486" reads 原因值 17 映射为 486, and the
 * condition of a §7.2.4.1 row comes first in Chinese, as a 时 clause.
 */
import { localised } from './l10n';

export const Q850_WORDS = localised(
  {
    /** "17 (User busy)". */
    causeLabel: '{cause} ({name})',
    oneCauseMapsTo: 'cause {cause} maps to {code}',
    causesMapTo: 'causes {causes} map to {code}',
    /** A §7.2.4.1 row that holds only under a condition; `{instead}` is `insteadOf` or nothing. */
    conditionalMaps: 'cause {cause} maps to {code}{instead} when its diagnostic field carries the new number',
    conditionalMayMap: "cause {cause} may map to {code}{instead} when its cause location is 'user'",
    insteadOf: ' instead of {usual}',
    /** Words that follow the code ("486 maps to cause 17 (User busy)"). */
    notAFailure: 'is not a failure response, and §8.2.6.1 maps only 4xx-6xx to causes',
    mapsToCause: 'maps to cause {cause}',
    mapsToNoCause: 'maps to no cause',
    causeFromWarning: 'takes its cause from the Warning header',
    defaultCause: 'is not in the table, so it takes the default cause {cause}',
    /** The card's Q.850 section: its title and its two lines, one per RFC 3398 direction. */
    sectionTitle: 'Q.850',
    toCauseLine: 'RFC 3398 §8.2.6.1: {code} {words}',
    fromCauseLine: '§7.2.4.1: Q.850 {words}',
  },
  {
    causeLabel: '{cause}（{name}）',
    oneCauseMapsTo: '原因值 {cause} 映射为 {code}',
    causesMapTo: '原因值 {causes} 映射为 {code}',
    conditionalMaps: '原因值 {cause} 的诊断字段携带新号码时，映射为 {code}{instead}',
    conditionalMayMap: '原因值 {cause} 的原因位置为用户（user）时，可以映射为 {code}{instead}',
    insteadOf: '（而不是 {usual}）',
    notAFailure: '不是失败响应，而 §8.2.6.1 只把 4xx-6xx 映射为原因值',
    mapsToCause: '映射为原因值 {cause}',
    mapsToNoCause: '不映射为任何原因值',
    causeFromWarning: '按 Warning 头字段确定原因值',
    defaultCause: '不在该表中，因此取默认原因值 {cause}',
    sectionTitle: 'Q.850 原因值',
    toCauseLine: 'RFC 3398 §8.2.6.1：{code} {words}',
    fromCauseLine: '§7.2.4.1：Q.850 {words}',
  },
);
