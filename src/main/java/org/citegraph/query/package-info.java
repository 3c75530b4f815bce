/** Questions asked of a corpus: collaborator rankings and the papers behind them. */
package org.citegraph.query;
