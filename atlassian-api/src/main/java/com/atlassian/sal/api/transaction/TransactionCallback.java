package com.atlassian.sal.api.transaction;

/**
 * SAL callback whose {@code doInTransaction} runs inside a transaction; a RuntimeException rolls it back.
 *
 * <p>Checked against: https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/transaction/TransactionCallback.html
 * (the member; that old page predates the type parameter) and, for the generic form {@code TransactionCallback<T>},
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/internal/TransactionManager.html
 * ({@code <T> T doInTransaction(TransactionCallback<T> callback)}).
 *
 * @param <T> the result type
 * @see <a href="https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/transaction/TransactionCallback.html">SAL TransactionCallback</a>
 */
public interface TransactionCallback<T> {

    /** @return the optional result of the operation; may be null */
    T doInTransaction();
}
