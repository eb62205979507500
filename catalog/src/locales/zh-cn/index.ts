import type { LocaleContent } from '../../types';
import { PROVISIONAL_SUCCESS_REDIRECT_ZH } from './codes-1xx-3xx';
import { CLIENT_FAILURE_400_416_ZH } from './codes-400-416';
import { CLIENT_FAILURE_417_429_ZH } from './codes-417-429';
import { CLIENT_FAILURE_430_480_ZH } from './codes-430-480';
import { CLIENT_FAILURE_481_494_ZH } from './codes-481-494';
import { SERVER_GLOBAL_FAILURE_ZH } from './codes-5xx-6xx';
import { UNREGISTERED_ZH } from './codes-unregistered';
import { PAIRS_ZH } from './pairs';
import { Q850_ZH } from './q850';

/** 简体中文目录：状态码说明、易混淆状态码对、Q.850 原因值和类别名称；缺少的条目回退到英文。 */
export const zhCn: LocaleContent = {
  codes: {
    ...PROVISIONAL_SUCCESS_REDIRECT_ZH,
    ...CLIENT_FAILURE_400_416_ZH,
    ...CLIENT_FAILURE_417_429_ZH,
    ...CLIENT_FAILURE_430_480_ZH,
    ...CLIENT_FAILURE_481_494_ZH,
    ...SERVER_GLOBAL_FAILURE_ZH,
    ...UNREGISTERED_ZH,
  },
  pairs: PAIRS_ZH,
  q850: Q850_ZH,
  classNames: {
    '1xx': '临时响应',
    '2xx': '成功响应',
    '3xx': '重定向响应',
    '4xx': '客户端错误',
    '5xx': '服务器错误',
    '6xx': '全局错误',
  },
};
