/** Loops shared by the ot-info packages. Not part of the API. */
package io.github.ot4j.info.internal;
