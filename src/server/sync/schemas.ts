// The shapes of sync requests and answers: the wire contract (src/domain/wire), shared with the device.
import { wire } from '../../domain';

export const { MAX_MUTATIONS_PER_PUSH, MAX_PULL_LIMIT } = wire;
export const MutationSchema = wire.MutationRequest;
export const PushBodySchema = wire.PushRequest;
export const PullQuerySchema = wire.PullQuery;

export type Mutation = wire.WireMutation;
export type PushBody = wire.WirePushRequest;
export type PullQuery = wire.WirePullQuery;
/** What the server answered for one mutation. */
export type MutationResult = wire.WireMutationResult;
