import { DocumentBuilder, type OpenAPIObject, type SwaggerDocumentOptions } from '@nestjs/swagger';
import { ProblemDetails } from './problem-details.dto';

export interface ServiceAppOptions {
  serviceName: string;
  description: string;
  version?: string;
  /** Extra OpenAPI text, e.g. published policy values. */
  docsNote?: string;
  /** Where `npm start` serves it, e.g. http://localhost:3001 (the document's server). */
  localUrl?: string;
  /** More Bearer schemes some operations use instead of the staff token (name → what the token is). */
  extraBearerSchemes?: Record<string, string>;
  /** Header credentials some public operations check themselves (e.g. a signed carrier webhook): name → header and meaning. */
  extraHeaderSchemes?: Record<string, { header: string; description: string }>;
}

/** Security scheme names used by @ApiSecurity / @ApiBearerAuth in every controller. */
export const PARTNER_API_KEY = 'partner-api-key';
export const STAFF_TOKEN = 'staff-token';

/** The document's header: title, description, version and the two ways to authenticate. */
export function openApiConfig(o: ServiceAppOptions): Omit<OpenAPIObject, 'paths'> {
  const builder = new DocumentBuilder()
    .setTitle(o.serviceName)
    .setDescription(`${o.description}${o.docsNote ? `\n\n${o.docsNote}` : ''}\n\nErrors are application/problem+json with a stable \`code\`, and \`errors[]\` naming each field and reason.`)
    .setVersion(o.version ?? '1')
    .setLicense('MIT', 'https://opensource.org/licenses/MIT')
    .addServer(o.localUrl ?? '/', o.localUrl ? 'npm start on this machine' : 'this service')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'A partner API key (quote-service issues them; shown once).' }, PARTNER_API_KEY)
    .addBearerAuth({
      type: 'http', scheme: 'bearer', bearerFormat: 'JWT',
      description: 'A signed token: staff (ops, grader bound to a site, store_staff bound to a store), a partner token exchanged for an API key, or a widget token.',
    }, STAFF_TOKEN)
    // The global guard authenticates every route that is not @Public: staff, partner and widget tokens
    // everywhere; quote-service's operations for partners list the API key too.
    .addSecurityRequirements(STAFF_TOKEN);
  for (const [name, description] of Object.entries(o.extraBearerSchemes ?? {})) {
    builder.addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description }, name);
  }
  for (const [name, { header, description }] of Object.entries(o.extraHeaderSchemes ?? {})) {
    builder.addApiKey({ type: 'apiKey', in: 'header', name: header, description }, name);
  }
  return builder.build();
}

/**
 * Tags come only from @ApiTags (domain names): without this Nest would tag an untagged controller
 * with its class name. Operation ids drop the "Controller" suffix so clients read `Quotes_create`.
 */
export const OPENAPI_DOCUMENT_OPTIONS: SwaggerDocumentOptions = {
  autoTagControllers: false,
  extraModels: [ProblemDetails],
  operationIdFactory: (controllerKey: string, methodKey: string) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
};
