/** Name resolution and de-duplication: records of one paper merge into one paper, name variants into one author. */
package org.citegraph.resolve;
