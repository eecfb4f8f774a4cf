package dev.wabasdk.redis.internal;

/**
 * The conversation store's Lua scripts: each store operation is one script, so it is atomic on the server.
 * {@code KEYS[1]} is the reached-users sorted set (it routes the script in a Cluster: every key of a store shares
 * its prefix's hash tag); {@code ARGV[1]} is the key prefix, {@code ARGV[2]} the retention in seconds.
 *
 * <p>Layout (see the module README): {@code <prefix>u:<id>} a hash per user (fields {@code i} last inbound,
 * {@code r} referral, {@code f} free entry point until, {@code p} pair-rate TAT (GCRA), {@code c} reached at, {@code o}/
 * {@code oa} opt-out and its time, {@code m} marketing send times, {@code b} the last 131049 (marketing not delivered),
 * {@code cp} call permission until ({@value #PERMANENT} when permanent), {@code cc} the last connected call,
 * {@code q} call permission request times, {@code bc} connected business-initiated call times, {@code k} the other
 * keys naming the user);
 * {@code <prefix>a:<key>} the user id another key resolves to; {@code <prefix>reach} reached users by time.
 */
public final class ConversationScripts {
  private ConversationScripts() {}

  /** The stored {@code cp} of a permanent call permission: a time far beyond any real one, exact in Lua. */
  public static final long PERMANENT = 99_999_999_999L;

  private static final String PRELUDE = """
      local P = ARGV[1]
      local RET = tonumber(ARGV[2])
      local DAY = 86400
      local PERMANENT = 99999999999
      local function aliasKey(k) return P .. 'a:' .. k end
      local function userKey(id) return P .. 'u:' .. id end
      local function resolve(k)
        local id = redis.call('GET', aliasKey(k))
        if id then return id end
        return k
      end
      local function num(h, f) return tonumber(redis.call('HGET', h, f) or '0') end
      local function raise(h, f, t)
        if t > num(h, f) then redis.call('HSET', h, f, string.format('%d', t)) end
      end
      -- Users expire RET after their last write, with every key naming them; opted-out users are kept.
      local function touch(id)
        local h = userKey(id)
        local o = redis.call('HGET', h, 'o')
        local keep = o and o ~= 'NONE'
        local keys = { h }
        local aliases = redis.call('HGET', h, 'k')
        if aliases then
          for a in string.gmatch(aliases, '[^\\n]+') do keys[#keys + 1] = aliasKey(a) end
        end
        -- A call permission keeps the user while it lasts (a permanent one, for good).
        local cp = num(h, 'cp')
        local ttl = RET
        if cp >= PERMANENT then keep = true
        elseif cp > 0 then ttl = math.max(RET, cp - tonumber(redis.call('TIME')[1]) + RET) end
        for _, k in ipairs(keys) do
          if keep then redis.call('PERSIST', k) else redis.call('EXPIRE', k, ttl) end
        end
      end
      local function reach(id, h, at)
        local c = math.max(num(h, 'c'), at)
        redis.call('HSET', h, 'c', string.format('%d', c))
        redis.call('ZADD', KEYS[1], c, id)
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', at - DAY)
        redis.call('EXPIRE', KEYS[1], 2 * DAY)
      end
      -- Times in field f, ascending, the newest n kept.
      local function push(h, f, at, n)
        local list = {}
        local m = redis.call('HGET', h, f)
        if m then for t in string.gmatch(m, '%d+') do list[#list + 1] = tonumber(t) end end
        list[#list + 1] = at
        table.sort(list)
        local out = {}
        for i = math.max(1, #list - n + 1), #list do out[#out + 1] = string.format('%d', list[i]) end
        redis.call('HSET', h, f, table.concat(out, ','))
      end
      -- Marketing send times, the newest 16 kept.
      local function mark(h, at) push(h, 'm', at, 16) end
      """;

  /**
   * ARGV[3] key: HMGET of the state, nil fields for an unknown user. Every decision runs it, so it does without the
   * prelude (whose functions Redis would define again on every call): the same alias resolution, written inline.
   */
  public static final LuaScript USER = LuaScript.of("""
      local P = ARGV[1]
      local id = redis.call('GET', P .. 'a:' .. ARGV[3]) or ARGV[3]
      return redis.call('HMGET', P .. 'u:' .. id, 'i', 'r', 'f', 'p', 'c', 'o', 'oa', 'm', 'b', 'cp', 'cc', 'q', 'bc')
      """);

  /**
   * A template send's reads in one script: ARGV[3] key, ARGV[4]/ARGV[5] the template's status/category fields,
   * ARGV[6] the restriction type, ARGV[7] the start (exclusive) of the moving day, ARGV[8] the template's call
   * permission request field. Answers {@link #USER}'s 13 fields, then the status, category, restriction end, tier,
   * reached-user count and call permission request flag; nil where nothing is recorded. Without the prelude, as
   * {@link #USER}.
   */
  public static final LuaScript TEMPLATE_SEND = LuaScript.of("""
      local P = ARGV[1]
      local id = redis.call('GET', P .. 'a:' .. ARGV[3]) or ARGV[3]
      local v = redis.call('HMGET', P .. 'u:' .. id, 'i', 'r', 'f', 'p', 'c', 'o', 'oa', 'm', 'b', 'cp', 'cc', 'q', 'bc')
      local t = redis.call('HMGET', P .. 'tpl', ARGV[4], ARGV[5], ARGV[8])
      v[14] = t[1]
      v[15] = t[2]
      v[16] = redis.call('HGET', P .. 'restrictions', ARGV[6])
      v[17] = redis.call('GET', P .. 'tier')
      v[18] = tostring(redis.call('ZCOUNT', KEYS[1], '(' .. ARGV[7], '+inf'))
      v[19] = t[3]
      return v
      """);

  /** ARGV[3] key, ARGV[4] at, ARGV[5] referral (1/0). */
  public static final LuaScript INBOUND = LuaScript.of(PRELUDE + """
      local id = resolve(ARGV[3])
      local h = userKey(id)
      local at = tonumber(ARGV[4])
      raise(h, 'i', at)
      if ARGV[5] == '1' then raise(h, 'r', at) end
      touch(id)
      return 1
      """);

  /**
   * ARGV[3] key, ARGV[4] at, ARGV[5] pair-rate interval (0: pair rate unchanged), ARGV[6] business-initiated (1/0),
   * ARGV[7] marketing (1/0).
   */
  public static final LuaScript SENT = LuaScript.of(PRELUDE + """
      local id = resolve(ARGV[3])
      local h = userKey(id)
      local at = tonumber(ARGV[4])
      local interval = tonumber(ARGV[5])
      if interval > 0 then
        redis.call('HSET', h, 'p', string.format('%d', math.max(num(h, 'p'), at) + interval))
      end
      local r = num(h, 'r')
      -- The first reply within 24 h of a referral opens the 72 h free entry point window.
      if r ~= 0 and at >= r and at < r + DAY and num(h, 'f') < r then
        redis.call('HSET', h, 'f', string.format('%d', at + 3 * DAY))
      end
      if ARGV[6] == '1' then reach(id, h, at) end
      if ARGV[7] == '1' then mark(h, at) end
      touch(id)
      return 1
      """);

  /**
   * The pair-rate claim (GCRA on the TAT in field p) and the messaging-limit claim, as functions: the claim scripts
   * make one or both. Appended only to the scripts that call them.
   */
  private static final String CLAIMS = """
      local function claimSend(id, h, at, interval, burst)
        local tat = math.max(num(h, 'p'), at)
        if tat - at > (burst - 1) * interval then return false end
        redis.call('HSET', h, 'p', string.format('%d', tat + interval))
        touch(id)
        return true
      end
      local function claimReach(id, h, at, limit)
        local previous = num(h, 'c')
        if previous ~= 0 and at < previous + DAY then return true end
        if redis.call('ZCOUNT', KEYS[1], '(' .. string.format('%d', at - DAY), '+inf') >= limit then return false end
        reach(id, h, at)
        touch(id)
        return true
      end
      """;

  /** ARGV[3] key, ARGV[4] at, ARGV[5] interval, ARGV[6] burst: 1 when claimed. */
  public static final LuaScript CLAIM_SEND = LuaScript.of(PRELUDE + CLAIMS + """
      local id = resolve(ARGV[3])
      if claimSend(id, userKey(id), tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])) then return 1 end
      return 0
      """);

  /**
   * {@link #CLAIM_SEND} then, when it claimed, {@link #CLAIM_REACH} with ARGV[7] the limit: 1 when both claimed (a
   * send claimed before a lost place stays claimed, as with the two scripts).
   */
  public static final LuaScript CLAIM_SEND_AND_REACH = LuaScript.of(PRELUDE + CLAIMS + """
      local id = resolve(ARGV[3])
      local h = userKey(id)
      local at = tonumber(ARGV[4])
      if not claimSend(id, h, at, tonumber(ARGV[5]), tonumber(ARGV[6])) then return 0 end
      if claimReach(id, h, at, tonumber(ARGV[7])) then return 1 end
      return 0
      """);

  /** ARGV[3] key, ARGV[4] at, ARGV[5] limit: 1 when the user counts (already or now). */
  public static final LuaScript CLAIM_REACH = LuaScript.of(PRELUDE + CLAIMS + """
      local id = resolve(ARGV[3])
      if claimReach(id, userKey(id), tonumber(ARGV[4]), tonumber(ARGV[5])) then return 1 end
      return 0
      """);

  /** ARGV[3] key, ARGV[4] until. */
  public static final LuaScript FREE_ENTRY_POINT = LuaScript.of(PRELUDE + """
      local id = resolve(ARGV[3])
      raise(userKey(id), 'f', tonumber(ARGV[4]))
      touch(id)
      return 1
      """);

  /** ARGV[3] key, ARGV[4] at: Meta did not deliver a marketing template (131049); the latest time wins. */
  public static final LuaScript MARKETING_NOT_DELIVERED = LuaScript.of(PRELUDE + """
      local id = resolve(ARGV[3])
      raise(userKey(id), 'b', tonumber(ARGV[4]))
      touch(id)
      return 1
      """);

  /** ARGV[3] key, ARGV[4] opt-out name, ARGV[5] at: the latest opt-out or opt-in wins. */
  public static final LuaScript OPT_OUT = LuaScript.of(PRELUDE + """
      local id = resolve(ARGV[3])
      local h = userKey(id)
      local at = tonumber(ARGV[5])
      if at >= num(h, 'oa') then
        redis.call('HSET', h, 'o', ARGV[4], 'oa', string.format('%d', at))
      end
      touch(id)
      return 1
      """);

  /** ARGV[3] key, ARGV[4] other key: the other key's user is merged into the key's. */
  public static final LuaScript LINK = LuaScript.of(PRELUDE + """
      local ca = resolve(ARGV[3])
      local cb = resolve(ARGV[4])
      if ca == cb then return 0 end
      local ha = userKey(ca)
      local hb = userKey(cb)
      if redis.call('EXISTS', hb) == 1 then
        for _, f in ipairs({ 'i', 'r', 'f', 'p', 'b' }) do raise(ha, f, num(hb, f)) end
        local cA = num(ha, 'c')
        local cB = num(hb, 'c')
        if cB ~= 0 then
          -- Counted once per user so far: keep only the newer count, under the surviving id.
          redis.call('ZREM', KEYS[1], cb)
          if cB > cA then
            redis.call('HSET', ha, 'c', string.format('%d', cB))
            redis.call('ZADD', KEYS[1], cB, ca)
          end
        end
        local oaB = num(hb, 'oa')
        if oaB > num(ha, 'oa') then
          redis.call('HSET', ha, 'o', redis.call('HGET', hb, 'o'), 'oa', string.format('%d', oaB))
        end
        local m = redis.call('HGET', hb, 'm')
        if m then for t in string.gmatch(m, '%d+') do mark(ha, tonumber(t)) end end
        for _, f in ipairs({ 'cp', 'cc' }) do raise(ha, f, num(hb, f)) end
        local q = redis.call('HGET', hb, 'q')
        if q then for t in string.gmatch(q, '%d+') do push(ha, 'q', tonumber(t), 4) end end
        local bc = redis.call('HGET', hb, 'bc')
        if bc then for t in string.gmatch(bc, '%d+') do push(ha, 'bc', tonumber(t), 100) end end
      end
      -- Every key that named the other user now names this one, directly (no alias chains).
      local seen = {}
      local names = {}
      local function add(k)
        if k ~= ca and not seen[k] then seen[k] = true; names[#names + 1] = k end
      end
      local ka = redis.call('HGET', ha, 'k')
      if ka then for k in string.gmatch(ka, '[^\\n]+') do add(k) end end
      if ARGV[3] ~= ca then add(ARGV[3]) end
      add(cb)
      local kb = redis.call('HGET', hb, 'k')
      if kb then for k in string.gmatch(kb, '[^\\n]+') do add(k) end end
      add(ARGV[4])
      for _, k in ipairs(names) do redis.call('SET', aliasKey(k), ca) end
      redis.call('HSET', ha, 'k', table.concat(names, '\\n'))
      redis.call('DEL', hb)
      touch(ca)
      return 1
      """);

  /** ARGV[3] key, ARGV[4] until (0 when revoked): the latest answer wins. */
  public static final LuaScript CALL_PERMISSION = LuaScript.of(PRELUDE + """
      local id = resolve(ARGV[3])
      redis.call('HSET', userKey(id), 'cp', ARGV[4])
      touch(id)
      return 1
      """);

  /** ARGV[3] key, ARGV[4] at: a call permission request was sent; the newest 4 kept. */
  public static final LuaScript CALL_PERMISSION_REQUEST = LuaScript.of(PRELUDE + """
      local id = resolve(ARGV[3])
      push(userKey(id), 'q', tonumber(ARGV[4]), 4)
      touch(id)
      return 1
      """);

  /** ARGV[3] key, ARGV[4] at, ARGV[5] business-initiated (1/0): a call connected; the newest 100 BIC kept. */
  public static final LuaScript CALL_CONNECTED = LuaScript.of(PRELUDE + """
      local id = resolve(ARGV[3])
      local h = userKey(id)
      local at = tonumber(ARGV[4])
      raise(h, 'cc', at)
      if ARGV[5] == '1' then push(h, 'bc', at, 100) end
      touch(id)
      return 1
      """);
}
