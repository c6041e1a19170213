// The wire contract: every request and answer of the API, in one module that the server
// (src/server) and the device (src/sync) both import, with the protocol version that names it.
import * as answers from './answers';
import * as requests from './requests';

export * from './protocol';
export * from './requests';
export * from './answers';

/** Every schema of the contract by name: what test/unit/domain/wire.test.ts hashes against PROTOCOL_VERSION. */
export const wireSchemas = {
  LoginRequest: requests.LoginRequest,
  EmptyRequest: requests.EmptyRequest,
  InviteRequest: requests.InviteRequest,
  AcceptInviteRequest: requests.AcceptInviteRequest,
  RoleChangeRequest: requests.RoleChangeRequest,
  NewSchoolRequest: requests.NewSchoolRequest,
  PushRequest: requests.PushRequest,
  PullQuery: requests.PullQuery,
  EventsQuery: requests.EventsQuery,
  FileParams: requests.FileParams,
  FileQuery: requests.FileQuery,
  FileUploadQuery: requests.FileUploadQuery,
  LoginAnswer: answers.LoginAnswer,
  MeAnswer: answers.MeAnswer,
  OkAnswer: answers.OkAnswer,
  InvitationAnswer: answers.InvitationAnswer,
  JoinAnswer: answers.JoinAnswer,
  RoleChangeAnswer: answers.RoleChangeAnswer,
  RemoveMemberAnswer: answers.RemoveMemberAnswer,
  NewSchoolAnswer: answers.NewSchoolAnswer,
  PushAnswer: answers.PushAnswer,
  PullAnswer: answers.PullAnswer,
  FileStatusAnswer: answers.FileStatusAnswer,
  StreamMessage: answers.StreamMessage,
  StreamEnded: answers.StreamEnded,
  ErrorAnswer: answers.ErrorAnswer,
} as const;
