package dev.wabasdk.policy;

/** The contract, with the interface's default claims (a store that implements only the abstract methods). */
class DefaultClaimsStoreTest extends ConversationStoreContract {
  @Override
  protected ConversationStore newStore() {
    return new PolicyEngineAdmitTest.Delegating(new InMemoryConversationStore());
  }
}
