import { schemaDocument } from "../model/api";

export const GET = () => Response.json(schemaDocument());
