/** Immutable data: papers, person names, resolved authors, categories, dates and provenance. */
package org.citegraph.model;
