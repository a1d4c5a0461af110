// `/ledger/proofs/…` — C8: RFC 6962 proofs against the published heads, public like the heads themselves
// (as a certificate-transparency log's get-proof-by-hash and get-sth-consistency are): hashes only, no
// personal data. An inclusion proof shows that an entry someone holds (from an export or the audit log)
// is in the log a signed head commits to; a consistency proof, that a head kept earlier is a prefix of a
// later one. docs/VERIFY.md shows how to check both.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import { LedgerProofError } from '../../platform/ledger/proofs.ts';

const positive = (v: unknown): number | null => {
  const n = typeof v === 'string' && /^[1-9][0-9]{0,9}$/.test(v) ? Number(v) : NaN;
  return Number.isSafeInteger(n) ? n : null;
};

const refuse = (reply: FastifyReply, status: number, message: string) =>
  reply.status(status).type('application/json; charset=utf-8').send({ error: message });

async function answer(reply: FastifyReply, make: () => Promise<unknown>) {
  try {
    return reply.header('cache-control', 'public, max-age=60').send(await make());
  } catch (e) {
    if (e instanceof LedgerProofError) return refuse(reply, 409, e.message);
    throw e;
  }
}

/** `/ledger/proofs/inclusion/<seq>[?tree_size=N]`: to head N, or the latest head covering the entry. */
export function ledgerInclusionProof(services: Services) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const seq = positive((req.params as { seq: string }).seq);
    const sizeParam = (req.query as { tree_size?: string }).tree_size;
    const size = sizeParam === undefined ? undefined : positive(sizeParam);
    if (seq === null || size === null) return refuse(reply, 400, '记录序号与树头大小须为正整数');
    const { proofs } = services.ledger;
    const head = await proofs.head(size === undefined ? { atLeast: seq } : { size });
    if (!head || head.treeSize < seq)
      return refuse(reply, 404, '尚无覆盖该记录的签名树头（树头每 5 分钟签发一次）');
    return answer(reply, async () => (await proofs.inclusionMany([seq], head))[0]);
  };
}

/** `/ledger/proofs/consistency/<first>/<second>`: between two published heads, by tree size. */
export function ledgerConsistencyProof(services: Services) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const params = req.params as { first: string; second: string };
    const [first, second] = [positive(params.first), positive(params.second)];
    if (first === null || second === null || first > second)
      return refuse(reply, 400, '树头大小须为正整数，且第一个不大于第二个');
    const { proofs } = services.ledger;
    const [a, b] = [await proofs.head({ size: first }), await proofs.head({ size: second })];
    if (!a || !b) return refuse(reply, 404, `没有大小为 ${!a ? first : second} 的签名树头`);
    return answer(reply, () => proofs.consistency(a, b));
  };
}
