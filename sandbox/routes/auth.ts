import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MSG } from '../constants';
import type { Ctx } from '../context';
import { httpError, ok } from '../envelope';
import { send, withParsed } from '../http';
import { GetTokenBody } from '../schemas';
import type { TokenStore } from '../tokens';
import { tokenFromHeaders } from '../tokens';

export function registerAuth(app: FastifyInstance, ctx: Ctx, tokens: TokenStore): void {
  app.post('/users/getToken', async (req, reply) =>
    send(
      reply,
      withParsed(GetTokenBody, req.body, (b) =>
        b.imp_key === ctx.credentials.impKey && b.imp_secret === ctx.credentials.impSecret
          ? ok(tokens.issue())
          : httpError(401, MSG.badCredentials),
      ),
    ),
  );
}

/** onRequest hook for every authenticated route: missing, unknown or expired token → 401 (never 403). */
export function requireToken(tokens: TokenStore) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const token = tokenFromHeaders(req.headers);
    if (token === null || !tokens.isValid(token)) {
      // Planned by PortOne's maintainers for 401s (iamport-rest-client#2).
      reply.header('www-authenticate', 'iamport');
      return send(reply, httpError(401, MSG.unauthorized));
    }
    return undefined;
  };
}
