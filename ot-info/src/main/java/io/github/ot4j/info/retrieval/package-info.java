/** Cross-domain retrieval with InfoOT's conditional scores: top-k targets and precision at k. */
package io.github.ot4j.info.retrieval;
