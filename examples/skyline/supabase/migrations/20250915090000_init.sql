-- Skyline data in Supabase (project region eu-west-1). Page text and images are NOT stored
-- here: they live in the customer's Confluence (macro body and page attachments).

create table installations (
  client_key    text primary key,
  shared_secret text not null,         -- Connect JWT secret, needed to verify requests
  base_url      text not null,         -- the Confluence site ("sitename")
  product_type  text not null,
  installed_at  timestamptz not null default now()
);

create table ai_credits (
  client_key text primary key,
  balance    integer not null default 0 check (balance >= 0),
  updated_at timestamptz not null default now()
);

-- Audit log of AI requests: the user's prompt text (never images) and the AI response.
create table ai_requests (
  id         bigint generated always as identity primary key,
  client_key text not null,
  site       text not null,
  account_id text not null,
  kind       text not null check (kind in ('generate', 'chat')),
  model      text not null,
  prompt     text not null,
  response   text not null,
  credits    integer not null,
  created_at timestamptz not null default now()
);

-- Stripe checkout sessions, matched to the site and user here: nothing identifying goes to Stripe.
create table payments (
  checkout_session_id text primary key,
  client_key          text not null,
  site                text not null,
  account_id          text not null,
  credits             integer not null,
  status              text not null default 'open',
  created_at          timestamptz not null default now(),
  paid_at             timestamptz
);

create function debit_ai_credits(p_client_key text, p_amount integer) returns integer
language sql as $$
  update ai_credits set balance = balance - p_amount, updated_at = now()
  where client_key = p_client_key and balance >= p_amount
  returning balance;
$$;

create function add_ai_credits(p_client_key text, p_amount integer) returns integer
language sql as $$
  insert into ai_credits (client_key, balance) values (p_client_key, p_amount)
  on conflict (client_key) do update set balance = ai_credits.balance + p_amount, updated_at = now()
  returning balance;
$$;

alter table installations enable row level security;
alter table ai_credits enable row level security;
alter table ai_requests enable row level security;
alter table payments enable row level security;
