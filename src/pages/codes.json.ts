import { codes } from "../model/codes";
import { codesDocument } from "../model/api";

export const GET = () => Response.json(codesDocument(codes));
