import { codes } from "../model/codes";
import { codeRecord } from "../model/api";

export const GET = () => Response.json(codes.map(codeRecord));
