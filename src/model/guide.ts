/**
 * "Which status code should I send?": a decision tree from a developer's
 * situation to the right code. Plain data with no Astro imports, so the
 * component renders it and the tests walk it. Reasons follow RFC 9110 (and
 * RFC 6585 for 428, 429 and 511, RFC 7725 for 451).
 */

/** A code the guide recommends, with why it fits in one line. */
export interface Outcome {
  /** The status code; the site must have a page for it (the component checks). */
  code: number;
  /** One sentence: why this code fits the answers that led here. */
  reason: string;
}

/** One choice under a question: it leads to a further question or ends at codes. */
export type Answer =
  | {
      /** What the developer picks, phrased as their situation. */
      label: string;
      /** The question this answer leads to. */
      question: Question;
    }
  | {
      label: string;
      /** The code or codes to send, best fit first. */
      codes: readonly [Outcome, ...Outcome[]];
    };

/** A question with the answers that branch from it. */
export interface Question {
  /** Unique, stable and not starting with a digit: it becomes an HTML id (`guide-<id>`). */
  id: string;
  /** The question, as a heading. */
  text: string;
  /** At least two answers. */
  answers: readonly [Answer, Answer, ...Answer[]];
}

const success: Question = {
  id: "success",
  text: "What did the request do?",
  answers: [
    {
      label: "It returns what was asked for, or the result of the action, in the body",
      codes: [{ code: 200, reason: "The general success code: the response content carries the result." }],
    },
    {
      label: "It created a new resource",
      codes: [
        {
          code: 201,
          reason:
            "One or more resources were created; the Location header, or else the request URL, identifies the main one.",
        },
      ],
    },
    {
      label: "It was accepted and will be processed later",
      codes: [
        {
          code: 202,
          reason: "Accepted but not finished, and it may still fail; point the client to a way of checking the status.",
        },
      ],
    },
    {
      label: "It succeeded and there is nothing to send back",
      codes: [
        {
          code: 204,
          reason: "Success with nothing to send; a browser stays on its current page. Common after a PUT or DELETE.",
        },
      ],
    },
    {
      label: "It asked for a range (Range header), and only that part is being sent",
      codes: [
        {
          code: 206,
          reason: "The content holds only the requested range or ranges, each described by a Content-Range field.",
        },
      ],
    },
  ],
};

const permanent: Question = {
  id: "permanent",
  text: "Must the client repeat the same method and body at the new URL?",
  answers: [
    {
      label: "Yes: a POST must stay a POST",
      codes: [
        {
          code: 308,
          reason: "Moved for good, and the client must not change the method when it follows the redirect.",
        },
      ],
    },
    {
      label: "No: the URL is only fetched with GET or HEAD, or a switch to GET is fine",
      codes: [
        {
          code: 301,
          reason:
            "Moved for good; clients may update links to the new URI, and for historical reasons may turn a POST into a GET.",
        },
      ],
    },
  ],
};

const temporary: Question = {
  id: "temporary",
  text: "Must the client repeat the same method and body at the temporary URL?",
  answers: [
    {
      label: "Yes: a POST must stay a POST",
      codes: [
        {
          code: 307,
          reason:
            "Temporarily elsewhere: the client must not change the method, and keeps using the original URI later.",
        },
      ],
    },
    {
      label: "No: the URL is only fetched with GET or HEAD, or a switch to GET is fine",
      codes: [
        {
          code: 302,
          reason:
            "Temporarily elsewhere and the original URI stays valid; for historical reasons clients may turn a POST into a GET.",
        },
      ],
    },
  ],
};

const redirect: Question = {
  id: "redirect",
  text: "Why should the client look elsewhere?",
  answers: [
    {
      label: "The resource has moved to a new URL for good",
      question: permanent,
    },
    {
      label: "The resource is at another URL for now, and the original URL stays in use",
      question: temporary,
    },
    {
      label: "The client sent a form or other POST, and should now fetch a page that shows the result",
      codes: [
        {
          code: 303,
          reason:
            "Points to another resource that gives an indirect answer, which the client fetches with GET (post/redirect/get).",
        },
      ],
    },
    {
      label:
        "The client asked conditionally (If-None-Match or If-Modified-Since), and its cached copy is still current",
      codes: [
        {
          code: 304,
          reason:
            "The condition of a GET or HEAD evaluated to false: no content is sent, and the client reuses its cached copy.",
        },
      ],
    },
  ],
};

const identity: Question = {
  id: "identity",
  text: "What is the problem with who is asking?",
  answers: [
    {
      label: "The client sent no credentials, or they are wrong or expired",
      codes: [
        {
          code: 401,
          reason:
            "The request lacks valid authentication credentials; the response must carry WWW-Authenticate with a challenge.",
        },
      ],
    },
    {
      label: "The client is known (or identity does not matter), and it still may not do this",
      codes: [
        {
          code: 403,
          reason:
            "The server understood the request and refuses it; repeating it with the same credentials will not help.",
        },
      ],
    },
    {
      label: "The client may not do this, and must not even learn that the resource exists",
      codes: [
        {
          code: 404,
          reason:
            "RFC 9110 lets a server hide a forbidden resource behind a 404; answer the same way when it really is missing.",
        },
      ],
    },
  ],
};

const invalid: Question = {
  id: "invalid",
  text: "Can the server parse the request?",
  answers: [
    {
      label: "No: the syntax, framing or a header is malformed",
      codes: [
        {
          code: 400,
          reason:
            "The server sees a client error, such as malformed syntax or invalid framing; use it when no more specific 4xx fits.",
        },
      ],
    },
    {
      label: "Yes: the content is well-formed in a supported type, but its values fail validation",
      codes: [
        {
          code: 422,
          reason:
            "The server understands the content type and the syntax is correct, but it cannot act on the instructions.",
        },
      ],
    },
  ],
};

const format: Question = {
  id: "format",
  text: "What is the problem with the content?",
  answers: [
    {
      label: "The request body is larger than the server will take",
      codes: [
        {
          code: 413,
          reason: "The content is larger than the server is willing or able to process; it may close the connection.",
        },
      ],
    },
    {
      label: "The request body's media type (Content-Type) or content coding is not supported",
      codes: [
        {
          code: 415,
          reason:
            "The content is in a format this method on this resource does not support; list supported ones in Accept or Accept-Encoding.",
        },
      ],
    },
    {
      label: "The client's Accept headers allow no format the server can produce, and it will not send a default",
      codes: [
        {
          code: 406,
          reason:
            "No representation matches the client's proactive negotiation headers, and the server chooses not to send a default.",
        },
      ],
    },
  ],
};

const missing: Question = {
  id: "missing",
  text: "What happened to the resource?",
  answers: [
    {
      label: "It never existed, or the server cannot say whether it is gone for good",
      codes: [
        {
          code: 404,
          reason:
            "No current representation was found; it says nothing about whether the absence is temporary or permanent.",
        },
      ],
    },
    {
      label: "It was removed on purpose, will not come back, and has no new address",
      codes: [
        {
          code: 410,
          reason: "No longer available and likely to stay that way; clients may remove links to it.",
        },
      ],
    },
    {
      label: "It moved to a new URL",
      codes: [
        {
          code: 308,
          reason: "A permanent redirect that keeps the method, for clients that POST or PUT to the old URL.",
        },
        {
          code: 301,
          reason: "A permanent redirect for URLs fetched with GET; clients may turn a POST into a GET.",
        },
      ],
    },
  ],
};

const state: Question = {
  id: "state",
  text: "How does the request clash with the resource's state?",
  answers: [
    {
      label: "It conflicts with the current state, such as an edit conflict or a duplicate",
      codes: [
        {
          code: 409,
          reason:
            "A conflict with the resource's current state that the client may be able to resolve; explain it in the response.",
        },
      ],
    },
    {
      label: "A condition the client sent (If-Match, If-Unmodified-Since) evaluated to false",
      codes: [
        {
          code: 412,
          reason:
            "A precondition in the request headers failed, so the method was not applied (for GET or HEAD with If-None-Match, send 304).",
        },
      ],
    },
    {
      label: "The server requires a conditional request, and the client sent none",
      codes: [
        {
          code: 428,
          reason:
            "From RFC 6585: the server requires a condition such as If-Match, so clients cannot overwrite changes they have not seen.",
        },
      ],
    },
  ],
};

const client: Question = {
  id: "client",
  text: "What is wrong with the request?",
  answers: [
    {
      label: "Who is asking: missing credentials, or not allowed",
      question: identity,
    },
    {
      label: "The request is malformed, or its content is invalid",
      question: invalid,
    },
    {
      label: "The content: too large, in an unsupported format, or the client accepts no format the server has",
      question: format,
    },
    {
      label: "There is nothing at this URL",
      question: missing,
    },
    {
      label: "The resource exists, but does not support this method",
      codes: [
        {
          code: 405,
          reason:
            "The server knows the method, but this resource does not support it; list the supported ones in Allow.",
        },
      ],
    },
    {
      label: "It clashes with the resource's current state, or a precondition",
      question: state,
    },
    {
      label: "The client has sent too many requests",
      codes: [
        {
          code: 429,
          reason: "From RFC 6585: the client is rate limited; say when it may try again with Retry-After.",
        },
      ],
    },
    {
      label: "A legal demand forbids serving the resource",
      codes: [
        {
          code: 451,
          reason:
            'From RFC 7725: access is denied because of a legal demand; explain the demand and name the blocker in Link rel="blocked-by".',
        },
      ],
    },
  ],
};

const upstream: Question = {
  id: "upstream",
  text: "What did the upstream server do?",
  answers: [
    {
      label: "It sent an invalid response",
      codes: [
        {
          code: 502,
          reason: "A gateway or proxy received an invalid response from the inbound server it contacted.",
        },
      ],
    },
    {
      label: "It did not answer in time",
      codes: [
        {
          code: 504,
          reason: "A gateway or proxy did not receive a timely response from the upstream server it needed.",
        },
      ],
    },
  ],
};

const server: Question = {
  id: "server",
  text: "What went wrong on the server's side?",
  answers: [
    {
      label: "An unexpected error, such as a bug or an unhandled exception",
      codes: [
        {
          code: 500,
          reason:
            "An unexpected condition kept the server from fulfilling the request, and no more specific code fits.",
        },
      ],
    },
    {
      label: "The server does not support what the request needs, such as a method it does not recognize at all",
      codes: [
        {
          code: 501,
          reason:
            "The server supports the needed functionality for no resource at all; if only this resource lacks the method, send 405.",
        },
      ],
    },
    {
      label: "This server is a gateway or proxy, and the server behind it failed",
      question: upstream,
    },
    {
      label: "The server is overloaded or down for maintenance, for now",
      codes: [
        {
          code: 503,
          reason:
            "A temporary overload or scheduled maintenance that should pass after some delay; say how long with Retry-After.",
        },
      ],
    },
    {
      label: "The client must sign in to the network first, at a captive portal",
      codes: [
        {
          code: 511,
          reason:
            "From RFC 6585: for the network's intercepting proxy, not for origin servers; link to the sign-in page.",
        },
      ],
    },
  ],
};

/** The guide page's heading and description, shared by the page and the search index. */
export const guidePage = {
  title: "Which status code should I send?",
  summary:
    "Answer a few questions about what happened to a request and get the HTTP status code to send, with the reason from RFC 9110.",
};

/** The first question; every other question hangs below it. */
export const guide: Question = {
  id: "start",
  text: "Did the request succeed?",
  answers: [
    { label: "Yes, it succeeded", question: success },
    { label: "The client should go to another URL, or reuse its cached copy", question: redirect },
    { label: "No, because of the client: the request is wrong or not allowed", question: client },
    { label: "No, because of the server, a gateway behind it or the network", question: server },
  ],
};

/** Every question in the tree, depth first, the first question first. */
export function questions(root: Question = guide): Question[] {
  return [root, ...root.answers.flatMap((answer) => ("question" in answer ? questions(answer.question) : []))];
}

// Question ids become HTML ids, so a duplicate or a malformed one would break the page and its enhancement.
const seen = new Set<string>();
for (const { id } of questions()) {
  if (seen.has(id)) throw new Error(`src/model/guide.ts: the question id "${id}" is used twice`);
  if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new Error(`src/model/guide.ts: "${id}" is not a valid question id`);
  seen.add(id);
}

/** Every code the guide can lead to, in numeric order, each once. */
export function reachableCodes(root: Question = guide): number[] {
  const codes = questions(root).flatMap((q) =>
    q.answers.flatMap((answer) => ("codes" in answer ? answer.codes.map((o) => o.code) : [])),
  );
  return [...new Set(codes)].sort((a, b) => a - b);
}

/** The answers to pick, in order, to reach a code first; undefined when the guide never leads there. */
export function pathTo(code: number, root: Question = guide): Answer[] | undefined {
  for (const answer of root.answers) {
    if ("codes" in answer) {
      if (answer.codes.some((o) => o.code === code)) return [answer];
    } else {
      const rest = pathTo(code, answer.question);
      if (rest) return [answer, ...rest];
    }
  }
  return undefined;
}

/** Every path from the first question to a set of codes, as the answers picked on the way. */
export function allPaths(root: Question = guide): Answer[][] {
  return root.answers.flatMap((answer) =>
    "codes" in answer ? [[answer]] : allPaths(answer.question).map((rest) => [answer, ...rest]),
  );
}
