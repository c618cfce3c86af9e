import { codes } from "../data/codes";
import { codeRecord } from "../data/api";

export const GET = () => Response.json(codes.map(codeRecord));
