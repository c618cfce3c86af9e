import Heading from "./Heading.astro";
import Link from "./Link.astro";
import Pre from "./Pre.astro";
import Table from "./Table.astro";
import Cause from "./Cause.astro";
import Messages from "./Messages.astro";

/** The components that stand in for plain HTML elements in every MDX body. */
export const mdxComponents = { a: Link, h2: Heading, pre: Pre, table: Table, Cause, Messages };
