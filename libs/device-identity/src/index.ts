export * from './imei';
export * from './luhn';
