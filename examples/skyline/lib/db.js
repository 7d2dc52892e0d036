import { createClient } from '@supabase/supabase-js';

// Server-side Supabase client (service role, never sent to the browser). The project is in
// eu-west-1 (Dublin); see README "Data residency".
export const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_SERVICE_ROLE_KEY, {
  auth: { persistSession: false, autoRefreshToken: false },
});

function check({ data, error }, what) {
  if (error) throw new Error(`${what}: ${error.code ?? 'database error'}`);
  return data;
}

export async function saveInstallation({ clientKey, sharedSecret, baseUrl, productType }) {
  check(
    await supabase
      .from('installations')
      .upsert({ client_key: clientKey, shared_secret: sharedSecret, base_url: baseUrl, product_type: productType }),
    'save installation',
  );
  check(await supabase.from('ai_credits').upsert({ client_key: clientKey }, { ignoreDuplicates: true }), 'init credits');
}

export async function getInstallation(clientKey) {
  return check(
    await supabase.from('installations').select('client_key, shared_secret, base_url').eq('client_key', clientKey).maybeSingle(),
    'read installation',
  );
}

export async function deleteInstallation(clientKey) {
  check(await supabase.from('installations').delete().eq('client_key', clientKey), 'delete installation');
}

export async function getCreditBalance(clientKey) {
  const row = check(await supabase.from('ai_credits').select('balance').eq('client_key', clientKey).maybeSingle(), 'read credits');
  return row?.balance ?? 0;
}

/** Debits the site's AI Credits; null when the balance is too low. */
export async function debitCredits(clientKey, amount) {
  const rows = check(await supabase.rpc('debit_ai_credits', { p_client_key: clientKey, p_amount: amount }), 'debit credits');
  return rows ?? null;
}

export async function addCredits(clientKey, amount) {
  return check(await supabase.rpc('add_ai_credits', { p_client_key: clientKey, p_amount: amount }), 'add credits');
}

/** AI audit log: the prompt text (images are never stored) and the response. */
export async function logAiRequest({ clientKey, site, accountId, kind, model, prompt, response, credits }) {
  check(
    await supabase.from('ai_requests').insert({
      client_key: clientKey,
      site,
      account_id: accountId,
      kind,
      model,
      prompt,
      response,
      credits,
    }),
    'log AI request',
  );
}

export async function createPayment({ sessionId, clientKey, site, accountId, credits }) {
  check(
    await supabase
      .from('payments')
      .insert({ checkout_session_id: sessionId, client_key: clientKey, site, account_id: accountId, credits }),
    'save payment',
  );
}

export async function markPaymentPaid(sessionId) {
  return check(
    await supabase
      .from('payments')
      .update({ status: 'paid', paid_at: new Date().toISOString() })
      .eq('checkout_session_id', sessionId)
      .eq('status', 'open')
      .select('client_key, credits')
      .maybeSingle(),
    'mark payment paid',
  );
}
