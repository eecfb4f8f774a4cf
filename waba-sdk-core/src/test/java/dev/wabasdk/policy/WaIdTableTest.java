package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WaIdTableTest {

  @Test
  void keysAreTheNumbersTheStoreKeepsAsNumbers() {
    assertThat(WaIdTable.key("16505551234")).isEqualTo(16505551234L);
    assertThat(WaIdTable.key("1")).isEqualTo(1);
    assertThat(WaIdTable.key("999999999999999999")).isEqualTo(999_999_999_999_999_999L);
    // Kept as strings: empty, a leading zero, a non-digit, more than 18 digits.
    for (String other : List.of("", "0", "0165", "+16505551234", "1650555123a", "US.13491208655302741918",
        "1234567890123456789", "١٢٣")) {
      assertThat(WaIdTable.key(other)).as(other).isEqualTo(-1);
    }
  }

  @Test
  void theHashOfAKeyIsItsStringsHash() {
    Random random = new Random(7);
    for (int i = 0; i < 10_000; i++) {
      long key = 1 + (random.nextLong() >>> 1) % (i % 2 == 0 ? 999_999_999_999_999_999L : 100_000);
      assertThat(WaIdTable.hashOf(key)).as("key %d", key).isEqualTo(String.valueOf(key).hashCode());
    }
    assertThat(WaIdTable.hashOf(9)).isEqualTo("9".hashCode());
    assertThat(WaIdTable.hashOf(10)).isEqualTo("10".hashCode());
    assertThat(WaIdTable.hashOf(999_999_999_999_999_999L)).isEqualTo("999999999999999999".hashCode());
  }

  /** Random puts and removes in one segment (so probe runs are long and wrap) against a map. */
  @Test
  void aSegmentKeepsEveryKeyReachableThroughGrowthAndRemovals() {
    WaIdTable.Segment seg = new WaIdTable().segmentAt(0);
    Map<Long, Long> model = new HashMap<>();
    List<Long> keys = new ArrayList<>();
    Random random = new Random(11);
    for (int step = 0; step < 20_000; step++) {
      long key = 4915110000000L + random.nextInt(3_000);
      int hash = WaIdTable.hashOf(key);
      int slot = seg.find(hash, key);
      assertThat(slot >= 0).as("key %d present", key).isEqualTo(model.containsKey(key));
      if (slot >= 0 && random.nextInt(3) == 0) {
        seg.remove(slot);
        model.remove(key);
      } else {
        long value = random.nextLong();
        seg.put(slot, hash, key, value, ~value, key);
        if (!model.containsKey(key)) {
          keys.add(key);
        }
        model.put(key, value);
      }
      if (step % 1_000 == 0) {
        for (long k : keys) {
          int at = seg.find(WaIdTable.hashOf(k), k);
          assertThat(at >= 0).as("key %d present", k).isEqualTo(model.containsKey(k));
          if (at >= 0) {
            assertThat(seg.word(at, 1)).isEqualTo(model.get(k));
            assertThat(seg.word(at, 2)).isEqualTo(~model.get(k));
            assertThat(seg.word(at, 3)).isEqualTo(k);
          }
        }
      }
    }
    int occupied = 0;
    for (int i = 0; i < seg.slots(); i++) {
      occupied += seg.keyAt(i) != 0 ? 1 : 0;
    }
    assertThat(occupied).isEqualTo(model.size());
  }

  @Test
  void readFindsWhatWasPutInTheKeysSegment() {
    WaIdTable table = new WaIdTable();
    for (long key = 16505550000L; key < 16505552000L; key++) {
      String s = String.valueOf(key);
      WaIdTable.Segment seg = table.segment(s.hashCode());
      synchronized (seg) {
        seg.put(-1, s.hashCode(), key, WaIdTable.Snapshot.pack((int) key, 6), WaIdTable.Snapshot.pack(0, -5), 0);
      }
    }
    assertThat(table.size()).isEqualTo(2000);
    UserState u = table.read("16505551999");
    assertThat(u).isNotNull();
    assertThat(u.lastInboundAt()).isEqualTo(InMemoryConversationStore.decode((int) 16505551999L));
    assertThat(u.pairRateUntil()).isEqualTo(InMemoryConversationStore.decode(6));
    assertThat(u.referralAt()).isEqualTo(InMemoryConversationStore.decode(-5)); // unsigned: 2156
    assertThat(table.read("16505552000")).isNull();
    assertThat(table.read("US.13491208655302741918")).isNull();
  }
}
