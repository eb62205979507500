import type { LocaleContent } from '../../types';
import { PROVISIONAL_SUCCESS_REDIRECT } from './codes-1xx-3xx';
import { CLIENT_FAILURE_400_416 } from './codes-400-416';
import { CLIENT_FAILURE_417_429 } from './codes-417-429';
import { CLIENT_FAILURE_430_480 } from './codes-430-480';
import { CLIENT_FAILURE_481_494 } from './codes-481-494';
import { SERVER_GLOBAL_FAILURE } from './codes-5xx-6xx';
import { UNREGISTERED } from './codes-unregistered';
import { PAIRS } from './pairs';
import { Q850 } from './q850';

export const en: LocaleContent = {
  codes: {
    ...PROVISIONAL_SUCCESS_REDIRECT,
    ...CLIENT_FAILURE_400_416,
    ...CLIENT_FAILURE_417_429,
    ...CLIENT_FAILURE_430_480,
    ...CLIENT_FAILURE_481_494,
    ...SERVER_GLOBAL_FAILURE,
    ...UNREGISTERED,
  },
  pairs: PAIRS,
  q850: Q850,
  classNames: {
    '1xx': 'Provisional',
    '2xx': 'Success',
    '3xx': 'Redirection',
    '4xx': 'Client Failure',
    '5xx': 'Server Failure',
    '6xx': 'Global Failure',
  },
};
