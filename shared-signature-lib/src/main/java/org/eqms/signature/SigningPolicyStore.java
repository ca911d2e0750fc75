package org.eqms.signature;

/** Port: where the admin-configured signing policy is kept (SAL plugin settings in the products). */
public interface SigningPolicyStore {
    /** The stored policy, or {@link SigningPolicy#DEFAULT} when none has been saved. */
    SigningPolicy load();

    void save(SigningPolicy policy);
}
