<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>main</name>
    <message>
        <source>Edit the Messenger setup of your Facebook Pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the main window, print it as one JSON line and quit. Settings are neither read nor written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also start the sandbox, a local stand-in for the Graph API with demo Pages, as on the first run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::api</name>
    <message>
        <source>Each %1 entry needs a locale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a locale Facebook supports (ll_CC, such as en_US, or default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locale %1 appears twice in the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 needs an entry for the locale &quot;default&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu has %1 items; from v8.0 Messenger allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This menu level has %1 items; before v8.0 at most %2 are allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each menu item needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title &quot;%1&quot; has %2 characters; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postback item needs a payload of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webview_height_ratio must be compact, tall or full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallback_url is allowed only when messenger_extensions is true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webview_share_button can only be &quot;hide&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested menus were removed in v8.0; this page uses a newer version, so the menu must be flat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus nest at most %1 levels deep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a menu item type; use postback or web_url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a plain id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::api::BatchRequest</name>
    <message>
        <source>A file upload cannot go in a batch request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch holds 1 to %1 operations, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch answer has %1 items for %2 requests; item %3 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::api::BulkJob</name>
    <message>
        <source>The bulk job was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::api::FieldRules</name>
    <message>
        <source>The URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses an IP address; Messenger accepts only domain names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; points to localhost, which Messenger does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The greeting must be a list of {locale, text} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The greeting text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The greeting has %1 characters; Messenger allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} is not a greeting placeholder; use {{user_first_name}}, {{user_last_name}} or {{user_full_name}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelisted domains must be a list of https URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 whitelisted domains; Messenger allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The get started button needs a payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The get started payload has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home_url is deprecated from v7.0 and Graph refuses a profile update that holds it; this page uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home URL&apos;s webview_height_ratio must be &quot;tall&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home URL needs in_test set to true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience type must be all, custom or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom audience needs a country whitelist or blacklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test_users must be a list of user ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ice breakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 ice breakers; Messenger shows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each ice breaker needs a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each ice breaker needs a payload of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice breakers must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Messenger profile field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A persistent menu needs the get started button to be set first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home URL&apos;s domain %1 must be in the whitelisted domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persistent menu must be a list of per-locale menus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a locale Facebook supports (ll_CC, such as en_US, or default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locale %1 has two menus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>composer_input_disabled must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu for %1 has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The persistent menu needs a menu for the locale &quot;default&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messaging_type must be RESPONSE, UPDATE or MESSAGE_TAG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A MESSAGE_TAG message needs a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag %1 was retired on 2020-03-04; use CONFIRMED_EVENT_UPDATE, POST_PURCHASE_UPDATE, ACCOUNT_UPDATE or HUMAN_AGENT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sender action cannot be sent together with a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a message or a sender action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender_action must be mark_seen, typing_on or typing_off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification_type must be REGULAR, SILENT_PUSH or NO_PUSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has %1 characters; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message needs a text or an attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 quick replies; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quick reply title &quot;%1&quot; has %2 characters; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image_size must be a whole number from 100 to 2000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment type must be image, audio, video or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a url or a local file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB; attachments may be at most 25 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ref must be 1 to 250 characters from a-z, A-Z, 0-9, +, /, =, -, ., : and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the attachment a url or a local file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::api::GraphClient</name>
    <message>
        <source>There is no operation called &quot;%1&quot;; messenger-desk-cli ops lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page access token is known for page %1 of app %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app token or app secret is known for app %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation %1 needs a user access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Graph URL %1 is refused: use https, or http only to a loopback host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Graph failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph&apos;s answer (HTTP %1) was cut off after %2 bytes: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::api::GraphError</name>
    <message>
        <source>Graph answered with HTTP %1 and no message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::api::GraphResult</name>
    <message>
        <source>Graph answered HTTP %1 with an empty body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph answered HTTP %1 with a body that is not JSON (%2 at byte %3): &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::api::OperationTable</name>
    <message>
        <source>The Broadcast API was deprecated with v4.0 on 2019-07-29 and stopped working on all versions on 2020-01-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home_url (Chat Extensions) is deprecated from v7.0 (May 2020); a profile update that holds it fails as a whole there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been dropped from Meta&apos;s documentation; Graph may ignore or refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger codes were removed on all versions on 2019-10-29.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::api::Pager</name>
    <message>
        <source>Fetching the list was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::app::SecretStore</name>
    <message>
        <source>The keychain holds no entry named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: Messenger Desk needs the Secret Service (for example GNOME Keyring or KWallet) on the D-Bus session bus. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused access to &quot;%1&quot;. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain entry &quot;%1&quot; was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not handle the entry &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Keychain: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::app::SettingsAccountStore</name>
    <message>
        <source>Secrets of the sandbox&apos;s demo apps cannot be changed, and secrets need a valid app and Page ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty secret is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::AccountCommand</name>
    <message>
        <source>--%1 does not go with &quot;account %2&quot;; see &quot;account --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: account add-app APP_ID [--name N] [--graph-version V] [--graph-url URL] [--secret-stdin] | account add-page APP_ID PAGE_ID [--name N] --token-stdin | account list | account remove APP_ID [PAGE_ID].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 arrived on stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an app id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Graph version such as v23.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Graph URL %1 is refused: use https, or http only to a loopback host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1/%2&quot; is not an APP_ID/PAGE_ID pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app %1 is not set up; add it first with &quot;account add-app %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page needs its access token: pipe it in and pass --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret presence is unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app %1 is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page %1 of app %2 is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not remove every secret (%1); the account stays in settings so the command can be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::CallCommand</name>
    <message>
        <source>call needs an operation id; &quot;ops&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no operation called &quot;%1&quot;; &quot;ops&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the input once: --input JSON, --input-file F or - for stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::CliCommand</name>
    <message>
        <source>%1 The keychain could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::CliContext</name>
    <message>
        <source>The sandbox could not listen on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page is set up: add one with &quot;account add-page&quot;, pass --page APP_ID/PAGE_ID with MESSENGER_DESK_PAGE_TOKEN, or use --sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several pages are set up; choose one with --page APP_ID/PAGE_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Graph URL %1 is refused: use https, or http only to a loopback host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::LabelsCommand</name>
    <message>
        <source>Use: labels bulk label|unlabel LABEL_ID PSID_FILE (- reads stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PSID file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PSID file holds no PSIDs (one per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 PSIDs failed; see &quot;failures&quot; in the report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::OpsCommand</name>
    <message>
        <source>ops takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::ProfileCommand</name>
    <message>
        <source>Use: profile export [FILE] | profile diff FILE | profile apply FILE [--dry-run].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run goes with profile apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile file %1 is not a JSON object (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a Messenger profile field; the fields are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be applied on this page&apos;s Graph version: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 profile fields to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::SandboxCommand</name>
    <message>
        <source>--port expects a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalGraph could not listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: sandbox serve [--port N] [--faults JSON] [--budget JSON] [--profile-limit].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--faults: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::DraftStore</name>
    <message>
        <source>The draft folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::EventJsonLines</name>
    <message>
        <source>The event log could not be written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::EventLogModel</name>
    <message>
        <source>Page %1 of app %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tx_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::MenuModel</name>
    <message>
        <source>Add the %1 menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn typing off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn typing on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the %1 menu to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (typing turned off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::PageListModel</name>
    <message>
        <source>%1 (app %2) uses Graph API %3 on the local sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (app %2) uses Graph API %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox app %1, Graph API %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App %1, Graph API %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Page %2) is a sandbox Page: changes go to a local stand-in, not to Facebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Page %2) of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::models::ProfileCopyJob</name>
    <message>
        <source>Copying was cancelled before this page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::AccountsDialog</name>
    <message>
        <source>Add A&amp;pp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Pa&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport Pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured apps and Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your Facebook app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger Desk works through the Facebook app your Pages use. Add the app with its ID and secret (developers.facebook.com, App settings &gt; Basic), then add its Pages with their Page access tokens, or import them all at once with a user access token.

Tokens and secrets are kept in the system keychain and nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Page %1? Its token is deleted from the keychain; the Page itself on Facebook is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove App</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the app %1 and its %n Page(s)? Their tokens and the app secret are deleted from the keychain; nothing on Facebook is touched.</source>
        <translation>
            <numerusform>Remove the app %1 and its %n Page? Their tokens and the app secret are deleted from the keychain; nothing on Facebook is touched.</numerusform>
            <numerusform>Remove the app %1 and its %n Pages? Their tokens and the app secret are deleted from the keychain; nothing on Facebook is touched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::ui::AppEditor</name>
    <message>
        <source>&amp;Save App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 581230947716201</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name you recognise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for Facebook. Plain http is accepted only for this computer (a sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; otherwise APP_ID|SECRET is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app ID and secret are on developers.facebook.com under App settings &gt; Basic. Secrets go to the system keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for appsecret_proof and the app token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app ID is missing or has characters an app ID cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Graph version; write it like v23.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Graph URL must use https; plain http is accepted only for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app with the ID %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app could not be saved in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app was saved, but a secret was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::CopyToPagesDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Profile to Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages to copy to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each page gets one call; all calls share one tx_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no other pages to copy to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one page and one field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copying to %n page(s) under tx_id %1…</source>
        <translation>
            <numerusform>Copying to %n page under tx_id %1…</numerusform>
            <numerusform>Copying to %n pages under tx_id %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to every page (tx_id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pages failed; see the list (tx_id %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::CountryPicker</name>
    <message>
        <source>Search countries by name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No country chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::EventDetailView</name>
    <message>
        <source>Request JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its request and response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tx_id %1 · attempt %2 · from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet: this event was published when the call started. The answer is in the next event with the same tx_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event carries no answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::EventFilterBar</name>
    <message>
        <source>tx_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tx_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (failed or erred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search events (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every event again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::EventLogDock</name>
    <message>
        <source>Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the events the filter shows as JSON lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a curl command for this request; the token is written as $TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter by This tx_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear F&amp;ilters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;Size…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest event in view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More event log actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the event as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied a curl command; set TOKEN before running it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 of %Ln event</numerusform>
            <numerusform>%1 of %Ln events</numerusform>
        </translation>
    </message>
    <message>
        <source>Event Log Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of events to keep (the oldest go first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Event &amp;Log…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::FieldSection</name>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::GreetingEditor</name>
    <message>
        <source>Add &amp;locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting locales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi {{user_first_name}}! How can we help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for a user named Alex Rivera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::IceBreakerEditor</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice breakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are your opening hours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MainWindow</name>
    <message>
        <source>Messenger Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Messenger Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Messenger Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version of Messenger Desk and of the Graph API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph API %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Messenger Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger Desk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the Messenger setup of your Facebook Pages, compose broadcasts and review insights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Graph API version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a JSON file into the draft of the current tab (or of the Profile tab); nothing is sent until you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft of the current tab (or of the Profile tab) as a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the current Page&apos;s Messenger setup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit or remove apps and Pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Real Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your Facebook app and Pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some secrets could not be read, so the Pages that need them cannot be used until this is fixed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: changes go to a local stand-in, not to Facebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph API version of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MenuItemForm</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Messenger extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the share button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postback (sends a payload to the bot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link (opens a web page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submenu (before v8.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webview height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hei&amp;ght:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallbac&amp;k URL:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MenuPreview</name>
    <message>
        <source>Menu preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing is turned off; use the menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aa   ☰ Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This locale has no menu items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MenuTab</name>
    <message>
        <source>Turn typing off for this locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Submenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Get Started Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A persistent menu needs the Get Started button, and this page has none; Graph would refuse the menu (#100, subcode 2018145).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu items by locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale to copy the menu to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Menu To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a locale Facebook supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a locale&apos;s menu and a supported locale to copy it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu was reverted to what the page has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched the menu from the page (tx_id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the menu failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied: Graph accepted %n request(s) under tx_id %1.</source>
        <translation>
            <numerusform>Applied: Graph accepted %n request under tx_id %1.</numerusform>
            <numerusform>Applied: Graph accepted %n requests under tx_id %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph did not apply the menu; your draft is kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved menu from an earlier session was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whitelisted domain of this page, so Messenger extensions will not work there. &lt;a href=&quot;profile&quot;&gt;Whitelist it in the Profile tab&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the item&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the menu to the page in one call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the items marked in the tree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a get started button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Get Started button with the payload GET_STARTED is in the draft; it is sent with the menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON does not parse: %1 at line %2, column %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON holds no persistent menu: give a list of per-locale menus, or an object with &quot;persistent_menu&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu was imported; it follows every rule of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The menu was imported with %n problem(s), marked in the tree:
%1</source>
        <translation>
            <numerusform>The menu was imported with %n problem, marked in the tree:
%1</numerusform>
            <numerusform>The menu was imported with %n problems, marked in the tree:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The menu could not be written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the menu to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste Menu JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[{&quot;locale&quot;: &quot;default&quot;, &quot;call_to_actions&quot;: [...]}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch fr&amp;om Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revie&amp;w Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched yet: Fetch from Page loads the menu this page has.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MessageBar</name>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::OverviewTab</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this Page shows in Messenger right now, as Graph reports it. Nothing here changes the Page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Page&apos;s Messenger profile again (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the event log by this call&apos;s tx_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Messenger profile could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Messenger profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at %1 (tx_id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading failed at %1 (tx_id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not served on Graph API %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PageEditor</name>
    <message>
        <source>C&amp;heck Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 104729384756101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Page&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Graph whether the token is valid, what it may do and when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Page access token comes from the Graph API Explorer or from Import Pages. It goes to the system keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the app this Page belongs to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Page ID is missing or has characters a Page ID cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app already has a Page with the ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new Page needs its Page access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Page could not be saved in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Page was not saved because its token could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was stored, but the Page could not be saved in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PageImportPanel</name>
    <message>
        <source>C&amp;heck Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Selected Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user access token with pages_show_list lists the Pages you manage, each with its own Page token. The user token is used once and never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into &amp;app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the app the Pages should belong to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste a user access token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Pages could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), already added; adding it again replaces its token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph lists no Pages with a Page token for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n Page(s). Choose the ones to add.</source>
        <translation>
            <numerusform>Found %n Page. Choose the ones to add.</numerusform>
            <numerusform>Found %n Pages. Choose the ones to add.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Page(s) added; the others were not, because their tokens could not be stored: %1</source>
        <translation>
            <numerusform>%n Page added; the others were not, because their tokens could not be stored: %1</numerusform>
            <numerusform>%n Pages added; the others were not, because their tokens could not be stored: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No Page was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n Page(s).</source>
        <translation>
            <numerusform>Added %n Page.</numerusform>
            <numerusform>Added %n Pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PageListDelegate</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PageListPanel</name>
    <message>
        <source>Manage Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your apps and their Pages. Choose a Page to work on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit or remove apps and Pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PageWorkspace</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Page lives in the local sandbox: changes go to a local stand-in, not to Facebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: coming in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page ID %1 · App %2 (%3) · Graph API %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels &amp;&amp; Broadcasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience &amp;&amp; Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations &amp;&amp; Tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PlannedTab</name>
    <message>
        <source>Coming in a later version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Profile tab will edit what people see before and when they start a conversation. You fetch the Page&apos;s profile, edit a draft with instant checks, review the exact request and apply it in one call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Menu tab will edit the persistent menu, per locale, with a preview of what Messenger shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Labels &amp; Broadcasts tab will manage custom labels and the people who carry them, and compose broadcasts by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Audience &amp; Insights tab will chart the Page&apos;s messaging insights and show who the bot is offered to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Conversations &amp; Tools tab will gather the one-off operations of the Messenger Platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting text per locale, with the user name placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Get Started button and its payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice breakers: up to four questions people can tap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelisted domains, account linking URL and home URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment settings and target audience, where Graph still serves them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts that autosave, a diff before applying, and revert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postback and web URL items, up to 20 per locale since Graph v8.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested menus for apps that still use a Graph version before v8.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The switch that disables the composer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus for single people (custom user settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, rename and delete custom labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label and unlabel thousands of people from a list of PSIDs, in batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message creatives, broadcasts and reach estimates, marked as deprecated by Graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging insights over a date range, as charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target audience by country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status of the Page&apos;s messaging feature review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover protocol: pass, take and request thread control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User profiles and ID matching across apps and Pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send messages and upload reusable attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger codes, account unlinking, NLP settings and webhook subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ProfileSummary</name>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get Started button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice breakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelisted domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account linking URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more locale(s)</source>
        <translation>
            <numerusform>%1 and %n more locale</numerusform>
            <numerusform>%1 and %n more locales</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends the payload %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n locale(s)</source>
        <translation>
            <numerusform>%1 in %n locale</numerusform>
            <numerusform>%1 in %n locales</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; typing is turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), starting with %1</source>
        <translation>
            <numerusform>%n question, starting with %1</numerusform>
            <numerusform>%n questions, starting with %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ProfileTab</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to Pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every profile field from the page in one call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the draft to the page in one call (two when fields are cleared).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get started payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get Started Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice Breakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelisted Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account linking URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Linking URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for testers (in_test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the share button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone except these countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy policy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was reverted to what the page has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched the profile from the page (tx_id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the profile failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied: Graph accepted %n request(s) under tx_id %1.</source>
        <translation>
            <numerusform>Applied: Graph accepted %n request under tx_id %1.</numerusform>
            <numerusform>Applied: Graph accepted %n requests under tx_id %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph did not apply the change; your draft is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved draft from an earlier session was restored. Review it, apply it, or revert it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched yet: fetch from the page to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft matches the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) to set, %1 to clear.</source>
        <translation>
            <numerusform>%n field to set, %1 to clear.</numerusform>
            <numerusform>%n fields to set, %1 to clear.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the draft to the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the fields marked below first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a profile JSON object (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot;, which is not a Messenger profile field; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n field(s) from %1 into the draft.</source>
        <translation>
            <numerusform>Imported %n field from %1 into the draft.</numerusform>
            <numerusform>Imported %n fields from %1 into the draft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile could not be written to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the draft to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch fr&amp;om Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revie&amp;w Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ReviewChangesDialog</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field in the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the draft:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;new tx_id&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests that Apply will send</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply sends %n request(s) under one tx_id; the profile API allows about 10 calls per 10 minutes per page.</source>
        <translation>
            <numerusform>Apply sends %n request under one tx_id; the profile API allows about 10 calls per 10 minutes per page.</numerusform>
            <numerusform>Apply sends %n requests under one tx_id; the profile API allows about 10 calls per 10 minutes per page.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields that change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::StringListEditor</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::TokenCheckView</name>
    <message>
        <source>Type or paste a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to Graph is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Graph about the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires: never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid Page token for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid user token for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid app token for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid token for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::UsageIndicator</name>
    <message>
        <source>App usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of Graph&apos;s rate limit used, as Graph reported it with the last answer. Messenger Desk slows down above %1 % and waits when Graph refuses calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) running</source>
        <translation>
            <numerusform>%n request running</numerusform>
            <numerusform>%n requests running</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the app&apos;s limit used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the Page&apos;s limit used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::UserMenuPanel</name>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give This User the Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to Page Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSID of one user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User PSID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu for one user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 now sees the menu being edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 sees the page&apos;s menu again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 has no menu of their own; they see the page&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 has their own menu: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::WorkspaceArea</name>
    <message>
        <source>Welcome to Messenger Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Page in the page list to see its tabs: Overview, Profile, Menu, Labels &amp; Broadcasts, Audience &amp; Insights, and Conversations &amp; Tools. The event log at the bottom shows every Graph API call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mdesk::ui::WorkspaceTabs</name>
    <message>
        <source>Import Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
