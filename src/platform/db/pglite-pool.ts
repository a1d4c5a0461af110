// A pg.Pool over one PGlite instance, in which a failed statement cannot disturb the next one.
//
// PGlite's node-postgres adapter (createPgConfig) hands every pg client the same connection object.
// pg-pool discards the client whose `pool.query` failed (release(err) → client.end()) and at once makes a
// new one — on the same connection object, while the failed statement's remaining protocol traffic (the
// Describe/Execute/Sync that follow a refused Bind) and the old client's queued 'end' are still in flight.
// The new client then received that 'end' ("Connection terminated unexpectedly") and the replies to its
// own statement arrived with no query waiting for them ("Received unexpected rowDescription message from
// backend"): one bad value in a query made the next visitor's page fail.
//
// Here each pg client gets a connection of its own, as a socket would be, and a new connection announces
// itself ready only after the previous one has ended, i.e. after everything the previous one sent has been
// answered — so the next client never sees a reply meant for its predecessor. The named statements PGlite
// holds belong to its one backend, not to a connection, so all connections share the record of them.
import type { PGlite } from '@electric-sql/pglite';
import { PglitePgConnection, createPgConfig } from '@electric-sql/pglite/node-postgres';
import pg from 'pg';

interface ParseTarget {
  parse(query: { types?: unknown }): void;
}

// drizzle passes node-postgres a per-query `types` object (custom type parsers). Real PostgreSQL's
// protocol writer ignores it when serialising Parse; PGlite's adapter expects an array of type OIDs and
// throws, leaving the connection wedged. Only an OID array is meaningful on the wire.
function tolerateTypeParsers(connection: ParseTarget) {
  const parse = connection.parse.bind(connection);
  connection.parse = (query) => parse(Array.isArray(query.types) ? query : { ...query, types: undefined });
}

/** A pool of at most one client on `pglite`; clients follow one another, each on its own connection. */
export function pglitePool(pglite: PGlite): pg.Pool {
  const config = createPgConfig(pglite);
  const namedStatements = { parsed: {}, submitted: {} };
  // Resolves when the connection last handed out has ended (or at once, before the first).
  let previousEnded: Promise<void> = Promise.resolve();

  function nextConnection(): PglitePgConnection {
    const connection = new PglitePgConnection({ pglite });
    tolerateTypeParsers(connection);
    connection.parsedStatements = namedStatements.parsed;
    connection.submittedNamedStatements = namedStatements.submitted;

    const startAfter = previousEnded;
    let ended!: () => void;
    previousEnded = new Promise((resolve) => (ended = resolve));

    const connect = connection.connect.bind(connection);
    connection.connect = async (port, host) => {
      await startAfter;
      return connect(port, host);
    };
    // The adapter drops every listener when it ends and emits 'end' once its queued traffic is answered;
    // listen afresh after that, and keep a late error of the ended connection from going unhandled.
    const end = connection.end.bind(connection);
    connection.end = () => {
      end();
      connection.once('end', ended);
      connection.on('error', () => undefined);
    };
    return connection;
  }

  class PgliteClient extends pg.Client {
    constructor(options?: pg.ClientConfig) {
      super({ ...options, connection: nextConnection() } as pg.ClientConfig);
    }
  }

  const { connection: _shared, ...settings } = config;
  return new pg.Pool({ ...settings, max: 1, Client: PgliteClient });
}
