/** The service's validated configuration instance (its own subclass of BaseServiceConfig). */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
