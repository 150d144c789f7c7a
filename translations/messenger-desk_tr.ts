<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>main</name>
    <message>
        <source>Edit the Messenger setup of your Facebook Pages.</source>
        <translation>Facebook Sayfalarınızın Messenger ayarlarını düzenleyin.</translation>
    </message>
    <message>
        <source>Show the main window, print it as one JSON line and quit. Settings are neither read nor written.</source>
        <translation>Ana pencereyi gösterir, onu tek bir JSON satırı olarak yazdırır ve çıkar. Ayarlar ne okunur ne de yazılır.</translation>
    </message>
    <message>
        <source>Also start the sandbox, a local stand-in for the Graph API with demo Pages, as on the first run.</source>
        <translation>İlk çalıştırmadaki gibi, demo Sayfalarıyla Graph API&apos;nin yerel bir yedeği olan korumalı alanı da başlat.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Korumalı alan başlatılamadı: %1</translation>
    </message>
</context>
<context>
    <name>mdesk::api</name>
    <message>
        <source>Each %1 entry needs a locale.</source>
        <translation>Her %1 girdisinin bir yerel ayarı olmalıdır.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a locale Facebook supports (ll_CC, such as en_US, or default).</source>
        <translation>&quot;%1&quot;, Facebook&apos;un desteklediği bir yerel ayar değil (en_US gibi ll_CC ya da default).</translation>
    </message>
    <message>
        <source>The locale %1 appears twice in the %2.</source>
        <translation>%1 yerel ayarı %2 içinde iki kez geçiyor.</translation>
    </message>
    <message>
        <source>The %1 needs an entry for the locale &quot;default&quot;.</source>
        <translation>%1 için &quot;default&quot; yerel ayarına ait bir girdi gerekir.</translation>
    </message>
    <message>
        <source>The menu has %1 items; from v8.0 Messenger allows at most %2.</source>
        <translation>Menüde %1 öğe var; v8.0&apos;dan itibaren Messenger en fazla %2 öğeye izin verir.</translation>
    </message>
    <message>
        <source>This menu level has %1 items; before v8.0 at most %2 are allowed here.</source>
        <translation>Bu menü düzeyinde %1 öğe var; v8.0&apos;dan önce burada en fazla %2 öğeye izin verilir.</translation>
    </message>
    <message>
        <source>Each menu item needs a title.</source>
        <translation>Her menü öğesinin bir başlığı olmalıdır.</translation>
    </message>
    <message>
        <source>The title &quot;%1&quot; has %2 characters; at most %3 are allowed.</source>
        <translation>&quot;%1&quot; başlığı %2 karakter; en fazla %3 karaktere izin verilir.</translation>
    </message>
    <message>
        <source>A postback item needs a payload of 1 to %1 characters.</source>
        <translation>Bir postback öğesinin 1 ile %1 karakter arasında bir yükü olmalıdır.</translation>
    </message>
    <message>
        <source>webview_height_ratio must be compact, tall or full.</source>
        <translation>webview_height_ratio compact, tall ya da full olmalıdır.</translation>
    </message>
    <message>
        <source>fallback_url is allowed only when messenger_extensions is true.</source>
        <translation>fallback_url yalnızca messenger_extensions true olduğunda kullanılabilir.</translation>
    </message>
    <message>
        <source>webview_share_button can only be &quot;hide&quot;.</source>
        <translation>webview_share_button yalnızca &quot;hide&quot; olabilir.</translation>
    </message>
    <message>
        <source>Nested menus were removed in v8.0; this page uses a newer version, so the menu must be flat.</source>
        <translation>İç içe menüler v8.0&apos;da kaldırıldı; bu sayfa daha yeni bir sürüm kullandığından menü düz olmalıdır.</translation>
    </message>
    <message>
        <source>Menus nest at most %1 levels deep.</source>
        <translation>Menüler en fazla %1 düzey derinliğe kadar iç içe olabilir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a menu item type; use postback or web_url.</source>
        <translation>&quot;%1&quot; bir menü öğesi türü değil; postback ya da web_url kullanın.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is required.</source>
        <translation>&quot;%1&quot; alanı zorunludur.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a plain id.</source>
        <translation>&quot;%1&quot; alanı düz bir kimlik olmalıdır.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be an object.</source>
        <translation>&quot;%1&quot; alanı bir nesne olmalıdır.</translation>
    </message>
</context>
<context>
    <name>mdesk::api::BatchRequest</name>
    <message>
        <source>A file upload cannot go in a batch request.</source>
        <translation>Bir dosya yüklemesi toplu isteğe konamaz.</translation>
    </message>
    <message>
        <source>A batch holds 1 to %1 operations, not %2.</source>
        <translation>Bir toplu istek %2 değil, 1 ile %1 arasında işlem içerir.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; is not set up.</source>
        <translation>&quot;%1&quot; uygulaması kurulmamış.</translation>
    </message>
    <message>
        <source>Item %1 (%2): %3</source>
        <translation>Öğe %1 (%2): %3</translation>
    </message>
    <message>
        <source>The batch answer has %1 items for %2 requests; item %3 is missing.</source>
        <translation>Toplu yanıtta %2 istek için %1 öğe var; %3. öğe eksik.</translation>
    </message>
</context>
<context>
    <name>mdesk::api::BulkJob</name>
    <message>
        <source>The bulk job was cancelled.</source>
        <translation>Toplu iş iptal edildi.</translation>
    </message>
</context>
<context>
    <name>mdesk::api::FieldRules</name>
    <message>
        <source>The URL is empty.</source>
        <translation>URL boş.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>&quot;%1&quot; geçerli bir URL değil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with https://.</source>
        <translation>&quot;%1&quot; https:// ile başlamalıdır.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses an IP address; Messenger accepts only domain names.</source>
        <translation>&quot;%1&quot; bir IP adresi kullanıyor; Messenger yalnızca alan adlarını kabul eder.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points to localhost, which Messenger does not accept.</source>
        <translation>&quot;%1&quot; localhost&apos;u gösteriyor; Messenger bunu kabul etmez.</translation>
    </message>
    <message>
        <source>The greeting must be a list of {locale, text} entries.</source>
        <translation>Karşılama metni {locale, text} girdilerinden oluşan bir liste olmalıdır.</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>karşılama metni</translation>
    </message>
    <message>
        <source>The greeting text is empty.</source>
        <translation>Karşılama metni boş.</translation>
    </message>
    <message>
        <source>The greeting has %1 characters; Messenger allows at most %2.</source>
        <translation>Karşılama metni %1 karakter; Messenger en fazla %2 karaktere izin verir.</translation>
    </message>
    <message>
        <source>{{%1}} is not a greeting placeholder; use {{user_first_name}}, {{user_last_name}} or {{user_full_name}}.</source>
        <translation>{{%1}} bir karşılama yer tutucusu değil; {{user_first_name}}, {{user_last_name}} ya da {{user_full_name}} kullanın.</translation>
    </message>
    <message>
        <source>Whitelisted domains must be a list of https URLs.</source>
        <translation>İzin verilen alan adları https URL&apos;lerinden oluşan bir liste olmalıdır.</translation>
    </message>
    <message>
        <source>There are %1 whitelisted domains; Messenger allows at most %2.</source>
        <translation>%1 izin verilen alan adı var; Messenger en fazla %2 alan adına izin verir.</translation>
    </message>
    <message>
        <source>The get started button needs a payload.</source>
        <translation>Başlayın düğmesinin bir yükü olmalıdır.</translation>
    </message>
    <message>
        <source>The get started payload has %1 characters; at most %2 are allowed.</source>
        <translation>Başlayın yükü %1 karakter; en fazla %2 karaktere izin verilir.</translation>
    </message>
    <message>
        <source>home_url is deprecated from v7.0 and Graph refuses a profile update that holds it; this page uses %1.</source>
        <translation>home_url v7.0&apos;dan itibaren kullanımdan kaldırıldı ve Graph onu içeren bir profil güncellemesini reddeder; bu sayfa %1 kullanıyor.</translation>
    </message>
    <message>
        <source>The home URL&apos;s webview_height_ratio must be &quot;tall&quot;.</source>
        <translation>Ana sayfa URL&apos;sinin webview_height_ratio değeri &quot;tall&quot; olmalıdır.</translation>
    </message>
    <message>
        <source>The home URL needs in_test set to true or false.</source>
        <translation>Ana sayfa URL&apos;si için in_test true ya da false olmalıdır.</translation>
    </message>
    <message>
        <source>The audience type must be all, custom or none.</source>
        <translation>Hedef kitle türü all, custom ya da none olmalıdır.</translation>
    </message>
    <message>
        <source>A custom audience needs a country whitelist or blacklist.</source>
        <translation>Özel bir hedef kitle için bir ülke izin listesi ya da engel listesi gerekir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>&quot;%1&quot; bir ISO 3166-1 alpha-2 ülke kodu değil.</translation>
    </message>
    <message>
        <source>test_users must be a list of user ids.</source>
        <translation>test_users bir kullanıcı kimlikleri listesi olmalıdır.</translation>
    </message>
    <message>
        <source>ice breakers</source>
        <translation>sohbet başlatıcılar</translation>
    </message>
    <message>
        <source>There are %1 ice breakers; Messenger shows at most %2.</source>
        <translation>%1 sohbet başlatıcı var; Messenger en fazla %2 tanesini gösterir.</translation>
    </message>
    <message>
        <source>Each ice breaker needs a question.</source>
        <translation>Her sohbet başlatıcının bir sorusu olmalıdır.</translation>
    </message>
    <message>
        <source>Each ice breaker needs a payload of 1 to %1 characters.</source>
        <translation>Her sohbet başlatıcının 1 ile %1 karakter arasında bir yükü olmalıdır.</translation>
    </message>
    <message>
        <source>Ice breakers must be a list.</source>
        <translation>Sohbet başlatıcılar bir liste olmalıdır.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Messenger profile field.</source>
        <translation>&quot;%1&quot; bir Messenger profil alanı değil.</translation>
    </message>
    <message>
        <source>A persistent menu needs the get started button to be set first.</source>
        <translation>Kalıcı menü için önce Başlayın düğmesi ayarlanmalıdır.</translation>
    </message>
    <message>
        <source>The home URL&apos;s domain %1 must be in the whitelisted domains.</source>
        <translation>Ana sayfa URL&apos;sinin %1 alan adı, izin verilen alan adları arasında olmalıdır.</translation>
    </message>
    <message>
        <source>The label needs a name.</source>
        <translation>Etiketin bir adı olmalıdır.</translation>
    </message>
    <message>
        <source>The persistent menu must be a list of per-locale menus.</source>
        <translation>Kalıcı menü, yerel ayar başına menülerden oluşan bir liste olmalıdır.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a locale Facebook supports (ll_CC, such as en_US, or default).</source>
        <translation>&quot;%1&quot;, Facebook&apos;un desteklediği bir yerel ayar değil (en_US gibi ll_CC ya da default).</translation>
    </message>
    <message>
        <source>The locale %1 has two menus.</source>
        <translation>%1 yerel ayarının iki menüsü var.</translation>
    </message>
    <message>
        <source>composer_input_disabled must be true or false.</source>
        <translation>composer_input_disabled true ya da false olmalıdır.</translation>
    </message>
    <message>
        <source>The menu for %1 has no items.</source>
        <translation>%1 menüsünde hiç öğe yok.</translation>
    </message>
    <message>
        <source>The persistent menu needs a menu for the locale &quot;default&quot;.</source>
        <translation>Kalıcı menü için &quot;default&quot; yerel ayarına ait bir menü gerekir.</translation>
    </message>
    <message>
        <source>messaging_type must be RESPONSE, UPDATE or MESSAGE_TAG.</source>
        <translation>messaging_type RESPONSE, UPDATE ya da MESSAGE_TAG olmalıdır.</translation>
    </message>
    <message>
        <source>A MESSAGE_TAG message needs a tag.</source>
        <translation>MESSAGE_TAG iletisinin bir etiketi (tag) olmalıdır.</translation>
    </message>
    <message>
        <source>The tag %1 was retired on 2020-03-04; use CONFIRMED_EVENT_UPDATE, POST_PURCHASE_UPDATE, ACCOUNT_UPDATE or HUMAN_AGENT.</source>
        <translation>%1 etiketi 2020-03-04&apos;te kaldırıldı; CONFIRMED_EVENT_UPDATE, POST_PURCHASE_UPDATE, ACCOUNT_UPDATE ya da HUMAN_AGENT kullanın.</translation>
    </message>
    <message>
        <source>A sender action cannot be sent together with a message.</source>
        <translation>Gönderen eylemi bir iletiyle birlikte gönderilemez.</translation>
    </message>
    <message>
        <source>Give either a message or a sender action.</source>
        <translation>Ya bir ileti ya da bir gönderen eylemi verin.</translation>
    </message>
    <message>
        <source>sender_action must be mark_seen, typing_on or typing_off.</source>
        <translation>sender_action mark_seen, typing_on ya da typing_off olmalıdır.</translation>
    </message>
    <message>
        <source>notification_type must be REGULAR, SILENT_PUSH or NO_PUSH.</source>
        <translation>notification_type REGULAR, SILENT_PUSH ya da NO_PUSH olmalıdır.</translation>
    </message>
    <message>
        <source>The text has %1 characters; at most %2 are allowed.</source>
        <translation>Metin %1 karakter; en fazla %2 karaktere izin verilir.</translation>
    </message>
    <message>
        <source>The message needs a text or an attachment.</source>
        <translation>İletinin bir metni ya da eki olmalıdır.</translation>
    </message>
    <message>
        <source>There are %1 quick replies; at most %2 are allowed.</source>
        <translation>%1 hızlı yanıt var; en fazla %2 tanesine izin verilir.</translation>
    </message>
    <message>
        <source>The quick reply title &quot;%1&quot; has %2 characters; at most %3 are allowed.</source>
        <translation>&quot;%1&quot; hızlı yanıt başlığı %2 karakter; en fazla %3 karaktere izin verilir.</translation>
    </message>
    <message>
        <source>image_size must be a whole number from 100 to 2000.</source>
        <translation>image_size 100 ile 2000 arasında bir tam sayı olmalıdır.</translation>
    </message>
    <message>
        <source>The attachment type must be image, audio, video or file.</source>
        <translation>Ek türü image, audio, video ya da file olmalıdır.</translation>
    </message>
    <message>
        <source>Give either a url or a local file, not both.</source>
        <translation>Ya bir URL ya da yerel bir dosya verin, ikisini birden değil.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>%1 dosyası okunamıyor.</translation>
    </message>
    <message>
        <source>The file is %1 MB; attachments may be at most 25 MB.</source>
        <translation>Dosya %1 MB; ekler en fazla 25 MB olabilir.</translation>
    </message>
    <message>
        <source>The ref must be 1 to 250 characters from a-z, A-Z, 0-9, +, /, =, -, ., : and _.</source>
        <translation>Ref, a-z, A-Z, 0-9, +, /, =, -, ., : ve _ karakterlerinden oluşan 1 ile 250 karakter arasında olmalıdır.</translation>
    </message>
    <message>
        <source>Give the attachment a url or a local file.</source>
        <translation>Eke bir URL veya yerel bir dosya verin.</translation>
    </message>
</context>
<context>
    <name>mdesk::api::GraphClient</name>
    <message>
        <source>There is no operation called &quot;%1&quot;; messenger-desk-cli ops lists them.</source>
        <translation>&quot;%1&quot; adında bir işlem yok; messenger-desk-cli ops hepsini listeler.</translation>
    </message>
    <message>
        <source>The app &quot;%1&quot; is not set up.</source>
        <translation>&quot;%1&quot; uygulaması kurulmamış.</translation>
    </message>
    <message>
        <source>No page access token is known for page %1 of app %2.</source>
        <translation>%2 uygulamasının %1 sayfası için bilinen bir sayfa erişim belirteci yok.</translation>
    </message>
    <message>
        <source>No app token or app secret is known for app %1.</source>
        <translation>%1 uygulaması için bilinen bir uygulama belirteci ya da uygulama gizli anahtarı yok.</translation>
    </message>
    <message>
        <source>The operation %1 needs a user access token.</source>
        <translation>%1 işlemi bir kullanıcı erişim belirteci gerektirir.</translation>
    </message>
    <message>
        <source>The Graph URL %1 is refused: use https, or http only to a loopback host.</source>
        <translation>%1 Graph URL&apos;si reddedildi: https kullanın ya da http&apos;yi yalnızca bir geri döngü ana makinesi için kullanın.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>%1 dosyası okunamıyor: %2.</translation>
    </message>
    <message>
        <source>Graph did not answer within %1 seconds.</source>
        <translation>Graph %1 saniye içinde yanıt vermedi.</translation>
    </message>
    <message>
        <source>The connection to Graph failed: %1.</source>
        <translation>Graph ile bağlantı kurulamadı: %1.</translation>
    </message>
    <message>
        <source>Graph&apos;s answer (HTTP %1) was cut off after %2 bytes: %3.</source>
        <translation>Graph&apos;ın yanıtı (HTTP %1) %2 bayttan sonra kesildi: %3.</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>Çağrı iptal edildi.</translation>
    </message>
</context>
<context>
    <name>mdesk::api::GraphError</name>
    <message>
        <source>Graph answered with HTTP %1 and no message.</source>
        <translation>Graph HTTP %1 ile ve mesajsız yanıt verdi.</translation>
    </message>
</context>
<context>
    <name>mdesk::api::GraphResult</name>
    <message>
        <source>Graph answered HTTP %1 with an empty body.</source>
        <translation>Graph HTTP %1 ile boş bir gövdeyle yanıt verdi.</translation>
    </message>
    <message>
        <source>Graph answered HTTP %1 with a body that is not JSON (%2 at byte %3): &quot;%4&quot;.</source>
        <translation>Graph HTTP %1 ile JSON olmayan bir gövdeyle yanıt verdi (%3. baytta %2): &quot;%4&quot;.</translation>
    </message>
</context>
<context>
    <name>mdesk::api::OperationTable</name>
    <message>
        <source>The Broadcast API was deprecated with v4.0 on 2019-07-29 and stopped working on all versions on 2020-01-15.</source>
        <translation>Broadcast API, v4.0 ile 2019-07-29&apos;da kullanımdan kaldırıldı ve 2020-01-15&apos;ten beri hiçbir sürümde çalışmıyor.</translation>
    </message>
    <message>
        <source>home_url (Chat Extensions) is deprecated from v7.0 (May 2020); a profile update that holds it fails as a whole there.</source>
        <translation>home_url (Chat Extensions) v7.0&apos;dan (Mayıs 2020) itibaren kullanımdan kaldırıldı; onu içeren bir profil güncellemesi orada bütünüyle başarısız olur.</translation>
    </message>
    <message>
        <source>%1 has been dropped from Meta&apos;s documentation; Graph may ignore or refuse it.</source>
        <translation>%1, Meta&apos;nın belgelerinden çıkarıldı; Graph bunu yok sayabilir ya da reddedebilir.</translation>
    </message>
    <message>
        <source>Messenger codes were removed on all versions on 2019-10-29.</source>
        <translation>Messenger kodları 2019-10-29&apos;da tüm sürümlerden kaldırıldı.</translation>
    </message>
</context>
<context>
    <name>mdesk::api::Pager</name>
    <message>
        <source>Fetching the list was cancelled.</source>
        <translation>Listenin alınması iptal edildi.</translation>
    </message>
</context>
<context>
    <name>mdesk::app::SecretStore</name>
    <message>
        <source>The keychain holds no entry named &quot;%1&quot;.</source>
        <translation>Anahtar zincirinde &quot;%1&quot; adlı bir kayıt yok.</translation>
    </message>
    <message>
        <source>No keychain is available: Messenger Desk needs the Secret Service (for example GNOME Keyring or KWallet) on the D-Bus session bus. Nothing was stored.</source>
        <translation>Kullanılabilir bir anahtar zinciri yok: Messenger Desk, D-Bus oturum veri yolunda Secret Service hizmetine (örneğin GNOME Keyring veya KWallet) ihtiyaç duyar. Hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access to &quot;%1&quot;. Unlock it and try again.</source>
        <translation>Anahtar zinciri kilitli ya da &quot;%1&quot; kaydına erişimi reddetti. Kilidini açıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>Access to the keychain entry &quot;%1&quot; was denied.</source>
        <translation>&quot;%1&quot; anahtar zinciri kaydına erişim reddedildi.</translation>
    </message>
    <message>
        <source>The keychain could not handle the entry &quot;%1&quot;.</source>
        <translation>Anahtar zinciri &quot;%1&quot; kaydını işleyemedi.</translation>
    </message>
    <message>
        <source>%1 (Keychain: %2)</source>
        <translation>%1 (Anahtar zinciri: %2)</translation>
    </message>
</context>
<context>
    <name>mdesk::app::SettingsAccountStore</name>
    <message>
        <source>Secrets of the sandbox&apos;s demo apps cannot be changed, and secrets need a valid app and Page ID.</source>
        <translation>Korumalı alanın demo uygulamalarının gizli bilgileri değiştirilemez ve gizli bilgiler geçerli bir uygulama ve Sayfa kimliği gerektirir.</translation>
    </message>
    <message>
        <source>An empty secret is not stored.</source>
        <translation>Boş bir gizli bilgi saklanmaz.</translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::AccountCommand</name>
    <message>
        <source>--%1 does not go with &quot;account %2&quot;; see &quot;account --help&quot;.</source>
        <translation>--%1, &quot;account %2&quot; ile kullanılamaz; &quot;account --help&quot; komutuna bakın.</translation>
    </message>
    <message>
        <source>Use: account add-app APP_ID [--name N] [--graph-version V] [--graph-url URL] [--secret-stdin] | account add-page APP_ID PAGE_ID [--name N] --token-stdin | account list | account remove APP_ID [PAGE_ID].</source>
        <translation>Kullanım: account add-app APP_ID [--name N] [--graph-version V] [--graph-url URL] [--secret-stdin] | account add-page APP_ID PAGE_ID [--name N] --token-stdin | account list | account remove APP_ID [PAGE_ID].</translation>
    </message>
    <message>
        <source>No %1 arrived on stdin.</source>
        <translation>stdin üzerinden %1 gelmedi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an app id.</source>
        <translation>&quot;%1&quot; bir uygulama kimliği değil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Graph version such as v23.0.</source>
        <translation>&quot;%1&quot;, v23.0 gibi bir Graph sürümü değil.</translation>
    </message>
    <message>
        <source>The Graph URL %1 is refused: use https, or http only to a loopback host.</source>
        <translation>%1 Graph URL&apos;si reddedildi: https kullanın ya da http&apos;yi yalnızca bir geri döngü ana makinesi için kullanın.</translation>
    </message>
    <message>
        <source>app secret</source>
        <translation>uygulama gizli anahtarı</translation>
    </message>
    <message>
        <source>&quot;%1/%2&quot; is not an APP_ID/PAGE_ID pair.</source>
        <translation>&quot;%1/%2&quot; bir APP_ID/PAGE_ID çifti değil.</translation>
    </message>
    <message>
        <source>The app %1 is not set up; add it first with &quot;account add-app %1&quot;.</source>
        <translation>%1 uygulaması kurulu değil; önce &quot;account add-app %1&quot; ile ekleyin.</translation>
    </message>
    <message>
        <source>A page needs its access token: pipe it in and pass --token-stdin.</source>
        <translation>Bir sayfa erişim belirtecini gerektirir: onu borudan verin ve --token-stdin kullanın.</translation>
    </message>
    <message>
        <source>page access token</source>
        <translation>sayfa erişim belirteci</translation>
    </message>
    <message>
        <source>Secret presence is unknown: %1</source>
        <translation>Gizli bilginin varlığı bilinmiyor: %1</translation>
    </message>
    <message>
        <source>The app %1 is not set up.</source>
        <translation>%1 uygulaması kurulu değil.</translation>
    </message>
    <message>
        <source>The page %1 of app %2 is not set up.</source>
        <translation>%2 uygulamasının %1 sayfası kurulu değil.</translation>
    </message>
    <message>
        <source>The keychain could not remove every secret (%1); the account stays in settings so the command can be repeated.</source>
        <translation>Anahtar zinciri her gizli bilgiyi kaldıramadı (%1); komut yinelenebilsin diye hesap ayarlarda kalır.</translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::CallCommand</name>
    <message>
        <source>call needs an operation id; &quot;ops&quot; lists them.</source>
        <translation>call bir işlem kimliği gerektirir; &quot;ops&quot; bunları listeler.</translation>
    </message>
    <message>
        <source>There is no operation called &quot;%1&quot;; &quot;ops&quot; lists them.</source>
        <translation>&quot;%1&quot; adlı bir işlem yok; &quot;ops&quot; bunları listeler.</translation>
    </message>
    <message>
        <source>Give the input once: --input JSON, --input-file F or - for stdin.</source>
        <translation>Girdiyi bir kez verin: --input JSON, --input-file F ya da stdin için -.</translation>
    </message>
    <message>
        <source>The input file %1 cannot be read: %2.</source>
        <translation>%1 girdi dosyası okunamıyor: %2.</translation>
    </message>
    <message>
        <source>The input is not JSON: %1 at byte %2.</source>
        <translation>Girdi JSON değil: %2. baytta %1.</translation>
    </message>
    <message>
        <source>The input must be a JSON object.</source>
        <translation>Girdi bir JSON nesnesi olmalıdır.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>uyarı: %1</translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::CliCommand</name>
    <message>
        <source>%1 The keychain could not be read: %2</source>
        <translation>%1 Anahtar zinciri okunamadı: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::CliContext</name>
    <message>
        <source>The sandbox could not listen on 127.0.0.1: %1</source>
        <translation>Korumalı alan 127.0.0.1 üzerinde dinleyemedi: %1</translation>
    </message>
    <message>
        <source>No page is set up: add one with &quot;account add-page&quot;, pass --page APP_ID/PAGE_ID with MESSENGER_DESK_PAGE_TOKEN, or use --sandbox.</source>
        <translation>Kurulu sayfa yok: &quot;account add-page&quot; ile bir tane ekleyin, MESSENGER_DESK_PAGE_TOKEN ile --page APP_ID/PAGE_ID verin ya da --sandbox kullanın.</translation>
    </message>
    <message>
        <source>Several pages are set up; choose one with --page APP_ID/PAGE_ID.</source>
        <translation>Birden çok sayfa kurulu; --page APP_ID/PAGE_ID ile birini seçin.</translation>
    </message>
    <message>
        <source>The Graph URL %1 is refused: use https, or http only to a loopback host.</source>
        <translation>%1 Graph URL&apos;si reddedildi: https kullanın ya da http&apos;yi yalnızca bir geri döngü ana makinesi için kullanın.</translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::LabelsCommand</name>
    <message>
        <source>Use: labels bulk label|unlabel LABEL_ID PSID_FILE (- reads stdin).</source>
        <translation>Kullanım: labels bulk label|unlabel LABEL_ID PSID_FILE (- stdin&apos;i okur).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label id.</source>
        <translation>&quot;%1&quot; bir etiket kimliği değil.</translation>
    </message>
    <message>
        <source>The PSID file %1 cannot be read: %2.</source>
        <translation>%1 PSID dosyası okunamıyor: %2.</translation>
    </message>
    <message>
        <source>The PSID file holds no PSIDs (one per line).</source>
        <translation>PSID dosyasında PSID yok (her satıra bir tane).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %3 işlemden %2 tamamlandı</translation>
    </message>
    <message>
        <source>%1 of %2 PSIDs failed; see &quot;failures&quot; in the report.</source>
        <translation>%2 PSID&apos;den %1 başarısız oldu; rapordaki &quot;failures&quot; bölümüne bakın.</translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::OpsCommand</name>
    <message>
        <source>ops takes no arguments.</source>
        <translation>ops argüman almaz.</translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::ProfileCommand</name>
    <message>
        <source>Use: profile export [FILE] | profile diff FILE | profile apply FILE [--dry-run].</source>
        <translation>Kullanım: profile export [FILE] | profile diff FILE | profile apply FILE [--dry-run].</translation>
    </message>
    <message>
        <source>--dry-run goes with profile apply.</source>
        <translation>--dry-run, profile apply ile kullanılır.</translation>
    </message>
    <message>
        <source>The profile file %1 cannot be read: %2.</source>
        <translation>%1 profil dosyası okunamıyor: %2.</translation>
    </message>
    <message>
        <source>The profile file %1 is not a JSON object (%2 at byte %3).</source>
        <translation>%1 profil dosyası bir JSON nesnesi değil (%3. baytta %2).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a Messenger profile field; the fields are %3.</source>
        <translation>%1: &quot;%2&quot; bir Messenger profil alanı değil; alanlar şunlardır: %3.</translation>
    </message>
    <message>
        <source>%1 cannot be applied on this page&apos;s Graph version: %2</source>
        <translation>%1 bu sayfanın Graph sürümünde uygulanamaz: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The profile could not be written to %1: %2.</source>
        <translation>Profil %1 dosyasına yazılamadı: %2.</translation>
    </message>
    <message>
        <source>Wrote %1 profile fields to %2.</source>
        <translation>%1 profil alanı %2 dosyasına yazıldı.</translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::SandboxCommand</name>
    <message>
        <source>--port expects a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>--port, &quot;%1&quot; değil, 0 ile 65535 arasında bir sayı bekler.</translation>
    </message>
    <message>
        <source>LocalGraph could not listen on 127.0.0.1:%1: %2</source>
        <translation>LocalGraph 127.0.0.1:%1 üzerinde dinleyemedi: %2</translation>
    </message>
    <message>
        <source>Use: sandbox serve [--port N] [--faults JSON] [--budget JSON] [--profile-limit].</source>
        <translation>Kullanım: sandbox serve [--port N] [--faults JSON] [--budget JSON] [--profile-limit].</translation>
    </message>
    <message>
        <source>--%1 expects a JSON object.</source>
        <translation>--%1 bir JSON nesnesi bekler.</translation>
    </message>
    <message>
        <source>--faults: %1</source>
        <translation>--faults: %1</translation>
    </message>
</context>
<context>
    <name>mdesk::models::DraftStore</name>
    <message>
        <source>The draft folder %1 cannot be created.</source>
        <translation>%1 taslak klasörü oluşturulamıyor.</translation>
    </message>
    <message>
        <source>The draft could not be saved to %1: %2.</source>
        <translation>Taslak %1 konumuna kaydedilemedi: %2.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::EventJsonLines</name>
    <message>
        <source>The event log could not be written to %1: %2.</source>
        <translation>Olay günlüğü %1 dosyasına yazılamadı: %2.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::EventLogModel</name>
    <message>
        <source>Page %1 of app %2</source>
        <translation>%2 uygulamasının %1 Sayfası</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>tx_id</source>
        <translation>tx_id</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
</context>
<context>
    <name>mdesk::models::MenuModel</name>
    <message>
        <source>Add the %1 menu</source>
        <translation>%1 menüsünü ekle</translation>
    </message>
    <message>
        <source>Add the item &quot;%1&quot;</source>
        <translation>&quot;%1&quot; öğesini ekle</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>&quot;%1&quot; öğesini kaldır</translation>
    </message>
    <message>
        <source>Duplicate &quot;%1&quot;</source>
        <translation>&quot;%1&quot; öğesini çoğalt</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot;</source>
        <translation>&quot;%1&quot; öğesini taşı</translation>
    </message>
    <message>
        <source>Turn typing off</source>
        <translation>Yazmayı kapat</translation>
    </message>
    <message>
        <source>Turn typing on</source>
        <translation>Yazmayı aç</translation>
    </message>
    <message>
        <source>Copy the %1 menu to %2</source>
        <translation>%1 menüsünü %2 için kopyala</translation>
    </message>
    <message>
        <source>%1 (typing turned off)</source>
        <translation>%1 (yazma kapalı)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(başlıksız)</translation>
    </message>
    <message>
        <source>Rename the locale</source>
        <translation>Yerel ayarı yeniden adlandır</translation>
    </message>
    <message>
        <source>Rename the item</source>
        <translation>Öğeyi yeniden adlandır</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
</context>
<context>
    <name>mdesk::models::PageListModel</name>
    <message>
        <source>%1 (app %2) uses Graph API %3 on the local sandbox.</source>
        <translation>%1 (uygulama %2), yerel korumalı alanda Graph API %3 kullanır.</translation>
    </message>
    <message>
        <source>%1 (app %2) uses Graph API %3.</source>
        <translation>%1 (uygulama %2), Graph API %3 kullanır.</translation>
    </message>
    <message>
        <source>Sandbox app %1, Graph API %2</source>
        <translation>Korumalı alan uygulaması %1, Graph API %2</translation>
    </message>
    <message>
        <source>App %1, Graph API %2</source>
        <translation>Uygulama %1, Graph API %2</translation>
    </message>
    <message>
        <source>%1 (Page %2) is a sandbox Page: changes go to a local stand-in, not to Facebook.</source>
        <translation>%1 (Sayfa %2) bir korumalı alan Sayfasıdır: değişiklikler Facebook&apos;a değil, yerel bir yedeğe gider.</translation>
    </message>
    <message>
        <source>%1 (Page %2) of %3.</source>
        <translation>%3 uygulamasının %1 (Sayfa %2) sayfası.</translation>
    </message>
    <message>
        <source>Sandbox Page %1</source>
        <translation>Korumalı alan Sayfası %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Sayfa %1</translation>
    </message>
</context>
<context>
    <name>mdesk::models::ProfileCopyJob</name>
    <message>
        <source>Copying was cancelled before this page.</source>
        <translation>Kopyalama bu sayfadan önce iptal edildi.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::AccountsDialog</name>
    <message>
        <source>Add A&amp;pp</source>
        <translation>Uygula&amp;ma ekle</translation>
    </message>
    <message>
        <source>Add Pa&amp;ge</source>
        <translation>&amp;Sayfa ekle</translation>
    </message>
    <message>
        <source>I&amp;mport Pages…</source>
        <translation>Sayfaları &amp;içe aktar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Hesaplar</translation>
    </message>
    <message>
        <source>Configured apps and Pages</source>
        <translation>Yapılandırılmış uygulamalar ve Sayfalar</translation>
    </message>
    <message>
        <source>Connect your Facebook app</source>
        <translation>Facebook uygulamanızı bağlayın</translation>
    </message>
    <message>
        <source>Messenger Desk works through the Facebook app your Pages use. Add the app with its ID and secret (developers.facebook.com, App settings &gt; Basic), then add its Pages with their Page access tokens, or import them all at once with a user access token.

Tokens and secrets are kept in the system keychain and nowhere else.</source>
        <translation>Messenger Desk, Sayfalarınızın kullandığı Facebook uygulaması üzerinden çalışır. Uygulamayı kimliği ve gizli anahtarıyla ekleyin (developers.facebook.com, Uygulama ayarları &gt; Temel), ardından Sayfalarını Sayfa erişim belirteçleriyle ekleyin ya da hepsini bir kullanıcı erişim belirteciyle tek seferde içe aktarın.

Belirteçler ve gizli bilgiler yalnızca sistem anahtar zincirinde saklanır.</translation>
    </message>
    <message>
        <source>Remove Page</source>
        <translation>Sayfayı kaldır</translation>
    </message>
    <message>
        <source>Remove the Page %1? Its token is deleted from the keychain; the Page itself on Facebook is not touched.</source>
        <translation>%1 Sayfası kaldırılsın mı? Belirteci anahtar zincirinden silinir; Facebook&apos;taki Sayfanın kendisine dokunulmaz.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Remove App</source>
        <translation>Uygulamayı kaldır</translation>
    </message>
    <message numerus="yes">
        <source>Remove the app %1 and its %n Page(s)? Their tokens and the app secret are deleted from the keychain; nothing on Facebook is touched.</source>
        <translation>
            <numerusform>%1 uygulaması ve %n Sayfası kaldırılsın mı? Belirteçleri ve uygulamanın gizli anahtarı anahtar zincirinden silinir; Facebook&apos;ta hiçbir şeye dokunulmaz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::ui::AppEditor</name>
    <message>
        <source>&amp;Save App</source>
        <translation>Uygulamayı &amp;kaydet</translation>
    </message>
    <message>
        <source>For example 581230947716201</source>
        <translation>Örneğin 581230947716201</translation>
    </message>
    <message>
        <source>A name you recognise</source>
        <translation>Tanıyacağınız bir ad</translation>
    </message>
    <message>
        <source>Leave empty for Facebook. Plain http is accepted only for this computer (a sandbox).</source>
        <translation>Facebook için boş bırakın. Düz http yalnızca bu bilgisayar (bir korumalı alan) için kabul edilir.</translation>
    </message>
    <message>
        <source>Optional; otherwise APP_ID|SECRET is used</source>
        <translation>İsteğe bağlı; yoksa APP_ID|SECRET kullanılır</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>Uygulama &amp;kimliği:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>Graph &amp;version:</source>
        <translation>Graph &amp;sürümü:</translation>
    </message>
    <message>
        <source>Graph &amp;URL:</source>
        <translation>Graph &amp;URL&apos;si:</translation>
    </message>
    <message>
        <source>App s&amp;ecret:</source>
        <translation>Uygulama &amp;gizli anahtarı:</translation>
    </message>
    <message>
        <source>App &amp;token:</source>
        <translation>Uygulama &amp;belirteci:</translation>
    </message>
    <message>
        <source>The app ID and secret are on developers.facebook.com under App settings &gt; Basic. Secrets go to the system keychain only.</source>
        <translation>Uygulama kimliği ve gizli anahtarı developers.facebook.com adresinde Uygulama ayarları &gt; Temel altındadır. Gizli bilgiler yalnızca sistem anahtar zincirine gider.</translation>
    </message>
    <message>
        <source>New app</source>
        <translation>Yeni uygulama</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Varsayılan (%1)</translation>
    </message>
    <message>
        <source>Needed for appsecret_proof and the app token</source>
        <translation>appsecret_proof ve uygulama belirteci için gerekir</translation>
    </message>
    <message>
        <source>App %1</source>
        <translation>Uygulama %1</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation>Anahtar zincirinde saklı; değiştirmek için yazın</translation>
    </message>
    <message>
        <source>The app ID is missing or has characters an app ID cannot have.</source>
        <translation>Uygulama kimliği eksik ya da bir uygulama kimliğinde olamayacak karakterler içeriyor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Graph version; write it like v23.0.</source>
        <translation>&quot;%1&quot; bir Graph sürümü değil; v23.0 gibi yazın.</translation>
    </message>
    <message>
        <source>The Graph URL must use https; plain http is accepted only for this computer.</source>
        <translation>Graph URL&apos;si https kullanmalıdır; düz http yalnızca bu bilgisayar için kabul edilir.</translation>
    </message>
    <message>
        <source>An app with the ID %1 exists already.</source>
        <translation>%1 kimlikli bir uygulama zaten var.</translation>
    </message>
    <message>
        <source>The app could not be saved in the settings file.</source>
        <translation>Uygulama ayar dosyasına kaydedilemedi.</translation>
    </message>
    <message>
        <source>The app was saved, but a secret was not stored: %1</source>
        <translation>Uygulama kaydedildi ancak bir gizli bilgi saklanamadı: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::CopyToPagesDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>Copy Profile to Pages</source>
        <translation>Profili Sayfalara kopyala</translation>
    </message>
    <message>
        <source>Pages to copy to</source>
        <translation>Kopyalanacak Sayfalar</translation>
    </message>
    <message>
        <source>Fields to copy</source>
        <translation>Kopyalanacak alanlar</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Sayfalar:</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Alanlar:</translation>
    </message>
    <message>
        <source>Each page gets one call; all calls share one tx_id.</source>
        <translation>Her sayfaya bir çağrı yapılır; tüm çağrılar tek bir tx_id paylaşır.</translation>
    </message>
    <message>
        <source>There are no other pages to copy to.</source>
        <translation>Kopyalanacak başka sayfa yok.</translation>
    </message>
    <message>
        <source>Choose at least one page and one field.</source>
        <translation>En az bir sayfa ve bir alan seçin.</translation>
    </message>
    <message numerus="yes">
        <source>Copying to %n page(s) under tx_id %1…</source>
        <translation>
            <numerusform>tx_id %1 altında %n sayfaya kopyalanıyor…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: copied</source>
        <translation>%1: kopyalandı</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Copied to every page (tx_id %1).</source>
        <translation>Her sayfaya kopyalandı (tx_id %1).</translation>
    </message>
    <message>
        <source>%1 of %2 pages failed; see the list (tx_id %3).</source>
        <translation>%2 sayfadan %1 başarısız oldu; listeye bakın (tx_id %3).</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::CountryPicker</name>
    <message>
        <source>Search countries by name or code</source>
        <translation>Ülkeleri ada ya da koda göre ara</translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation>Ülke ara</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Ülkeler</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>No country chosen.</source>
        <translation>Ülke seçilmedi.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Seçilen: %1</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::EventDetailView</name>
    <message>
        <source>Request JSON</source>
        <translation>İstek JSON&apos;u</translation>
    </message>
    <message>
        <source>Response JSON</source>
        <translation>Yanıt JSON&apos;u</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>İstek</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Yanıt</translation>
    </message>
    <message>
        <source>Select an event to see its request and response.</source>
        <translation>İsteğini ve yanıtını görmek için bir olay seçin.</translation>
    </message>
    <message>
        <source>tx_id %1 · attempt %2 · from %3</source>
        <translation>tx_id %1 · deneme %2 · kaynak %3</translation>
    </message>
    <message>
        <source>No answer yet: this event was published when the call started. The answer is in the next event with the same tx_id.</source>
        <translation>Henüz yanıt yok: bu olay çağrı başladığında yayımlandı. Yanıt, aynı tx_id&apos;ye sahip sonraki olaydadır.</translation>
    </message>
    <message>
        <source>This event carries no answer.</source>
        <translation>Bu olay bir yanıt içermiyor.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::EventFilterBar</name>
    <message>
        <source>tx_id</source>
        <translation>tx_id</translation>
    </message>
    <message>
        <source>Filter by tx_id</source>
        <translation>tx_id&apos;ye göre süz</translation>
    </message>
    <message>
        <source>Filter by operation</source>
        <translation>İşleme göre süz</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Tüm işlemler</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Sonuca göre süz</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tüm sonuçlar</translation>
    </message>
    <message>
        <source>Problems (failed or erred)</source>
        <translation>Sorunlar (failed ya da erred)</translation>
    </message>
    <message>
        <source>Filter by Page</source>
        <translation>Sayfaya göre süz</translation>
    </message>
    <message>
        <source>Search events (Ctrl+F)</source>
        <translation>Olaylarda ara (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the events</source>
        <translation>Olaylarda ara</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Süzgeçleri temizle</translation>
    </message>
    <message>
        <source>Show every event again.</source>
        <translation>Tüm olayları yeniden göster.</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Tüm Sayfalar</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (korumalı alan)</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::EventLogDock</name>
    <message>
        <source>Event Log</source>
        <translation>Olay günlüğü</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>Save the events the filter shows as JSON lines.</source>
        <translation>Süzgecin gösterdiği olayları JSON satırları olarak kaydet.</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>&amp;JSON olarak kopyala</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>&amp;curl olarak kopyala</translation>
    </message>
    <message>
        <source>Copy a curl command for this request; the token is written as $TOKEN.</source>
        <translation>Bu istek için bir curl komutu kopyala; belirteç $TOKEN olarak yazılır.</translation>
    </message>
    <message>
        <source>&amp;Filter by This tx_id</source>
        <translation>Bu tx_id&apos;ye göre &amp;süz</translation>
    </message>
    <message>
        <source>Clear F&amp;ilters</source>
        <translation>Sü&amp;zgeçleri temizle</translation>
    </message>
    <message>
        <source>C&amp;lear Log</source>
        <translation>Günlüğü &amp;temizle</translation>
    </message>
    <message>
        <source>Log &amp;Size…</source>
        <translation>Günlük &amp;boyutu…</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>İzle</translation>
    </message>
    <message>
        <source>Keep the newest event in view.</source>
        <translation>En yeni olayı görünür tut.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Dışa aktar…</translation>
    </message>
    <message>
        <source>More event log actions</source>
        <translation>Diğer olay günlüğü eylemleri</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>%n olay %1 dosyasına aktarıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Event Log</source>
        <translation>Olay günlüğünü dışa aktar</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Satırları (*.jsonl);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Copied the event as JSON.</source>
        <translation>Olay JSON olarak kopyalandı.</translation>
    </message>
    <message>
        <source>Copied a curl command; set TOKEN before running it.</source>
        <translation>Bir curl komutu kopyalandı; çalıştırmadan önce TOKEN değerini ayarlayın.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln olay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%Ln olaydan %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Event Log Size</source>
        <translation>Olay günlüğü boyutu</translation>
    </message>
    <message>
        <source>Number of events to keep (the oldest go first):</source>
        <translation>Tutulacak olay sayısı (önce en eskiler silinir):</translation>
    </message>
    <message>
        <source>Export Event &amp;Log…</source>
        <translation>Olay günlüğünü dı&amp;şa aktar…</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::FieldSection</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Deprecated: %1</source>
        <translation>Kullanımdan kalktı: %1</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::GreetingEditor</name>
    <message>
        <source>Add &amp;locale</source>
        <translation>Yerel &amp;ayar ekle</translation>
    </message>
    <message>
        <source>Remove locale</source>
        <translation>Yerel ayarı kaldır</translation>
    </message>
    <message>
        <source>Greeting locales</source>
        <translation>Karşılama yerel ayarları</translation>
    </message>
    <message>
        <source>Greeting text</source>
        <translation>Karşılama metni</translation>
    </message>
    <message>
        <source>Hi {{user_first_name}}! How can we help?</source>
        <translation>Merhaba {{user_first_name}}! Size nasıl yardımcı olabiliriz?</translation>
    </message>
    <message>
        <source>Locale to add</source>
        <translation>Eklenecek yerel ayar</translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation>Yer tutu&amp;cu ekle</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Tam ad</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Preview for a user named Alex Rivera:</source>
        <translation>Alex Rivera adlı bir kullanıcı için önizleme:</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 characters used</source>
        <translation>%2 karakterden %1 kullanıldı</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::IceBreakerEditor</name>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Ice breakers</source>
        <translation>Buz kırıcılar</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Soru</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Yük</translation>
    </message>
    <message>
        <source>What are your opening hours?</source>
        <translation>Çalışma saatleriniz nedir?</translation>
    </message>
    <message>
        <source>Add &amp;question</source>
        <translation>Soru &amp;ekle</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MainWindow</name>
    <message>
        <source>Messenger Desk</source>
        <translation>Messenger Desk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;k</translation>
    </message>
    <message>
        <source>Close Messenger Desk.</source>
        <translation>Messenger Desk&apos;i kapatır.</translation>
    </message>
    <message>
        <source>&amp;About Messenger Desk</source>
        <translation>Messenger Desk &amp;Hakkında</translation>
    </message>
    <message>
        <source>Show the version of Messenger Desk and of the Graph API.</source>
        <translation>Messenger Desk ve Graph API sürümlerini gösterir.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>Graph API %1</source>
        <translation>Graph API %1</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Hazır.</translation>
    </message>
    <message>
        <source>About Messenger Desk</source>
        <translation>Messenger Desk Hakkında</translation>
    </message>
    <message>
        <source>Messenger Desk %1</source>
        <translation>Messenger Desk %1</translation>
    </message>
    <message>
        <source>Edit the Messenger setup of your Facebook Pages, compose broadcasts and review insights.</source>
        <translation>Facebook Sayfalarınızın Messenger ayarlarını düzenleyin, toplu mesajlar oluşturun ve istatistikleri inceleyin.</translation>
    </message>
    <message>
        <source>Default Graph API version: %1</source>
        <translation>Varsayılan Graph API sürümü: %1</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Qt %1 ile derlendi.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;İçe aktar…</translation>
    </message>
    <message>
        <source>Read a JSON file into the draft of the current tab (or of the Profile tab); nothing is sent until you apply.</source>
        <translation>Bir JSON dosyasını geçerli sekmenin (ya da Profil sekmesinin) taslağına oku; siz uygulayana dek hiçbir şey gönderilmez.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Dışa aktar…</translation>
    </message>
    <message>
        <source>Save the draft of the current tab (or of the Profile tab) as a JSON file.</source>
        <translation>Geçerli sekmenin (ya da Profil sekmesinin) taslağını JSON dosyası olarak kaydet.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>&amp;Refresh Page</source>
        <translation>Sayfayı &amp;yenile</translation>
    </message>
    <message>
        <source>Read the current Page&apos;s Messenger setup again.</source>
        <translation>Geçerli Sayfanın Messenger kurulumunu yeniden oku.</translation>
    </message>
    <message>
        <source>&amp;Search Event Log</source>
        <translation>Olay günlüğünde &amp;ara</translation>
    </message>
    <message>
        <source>&amp;Manage Accounts…</source>
        <translation>Hesapları &amp;yönet…</translation>
    </message>
    <message>
        <source>Add, edit or remove apps and Pages.</source>
        <translation>Uygulama ve Sayfa ekle, düzenle ya da kaldır.</translation>
    </message>
    <message>
        <source>Add a Real Account…</source>
        <translation>Gerçek hesap ekle…</translation>
    </message>
    <message>
        <source>Connect your Facebook app and Pages.</source>
        <translation>Facebook uygulamanızı ve Sayfalarınızı bağlayın.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Page List</source>
        <translation>&amp;Sayfa listesi</translation>
    </message>
    <message>
        <source>&amp;Event Log</source>
        <translation>&amp;Olay günlüğü</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Hesaplar</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sayfalar</translation>
    </message>
    <message>
        <source>Some secrets could not be read, so the Pages that need them cannot be used until this is fixed: %1</source>
        <translation>Bazı gizli bilgiler okunamadı; bunlara ihtiyaç duyan Sayfalar sorun giderilene dek kullanılamaz: %1</translation>
    </message>
    <message>
        <source>Sandbox: changes go to a local stand-in, not to Facebook.</source>
        <translation>Korumalı alan: değişiklikler Facebook&apos;a değil, yerel bir yedeğe gider.</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON dosyaları (*.json);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Import into %1 of %2</source>
        <translation>%2 Sayfasının %1 sekmesine içe aktar</translation>
    </message>
    <message>
        <source>Export %1 of %2</source>
        <translation>%2 Sayfasının %1 sekmesini dışa aktar</translation>
    </message>
    <message>
        <source>Graph API version of %1: %2</source>
        <translation>%1 için Graph API sürümü: %2</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MenuItemForm</name>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Yük</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Use Messenger extensions</source>
        <translation>Messenger uzantılarını kullan</translation>
    </message>
    <message>
        <source>Fallback URL</source>
        <translation>Yedek URL</translation>
    </message>
    <message>
        <source>Hide the share button</source>
        <translation>Paylaş düğmesini gizle</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>Öğe türü</translation>
    </message>
    <message>
        <source>Postback (sends a payload to the bot)</source>
        <translation>Geri gönderim (bota bir yük gönderir)</translation>
    </message>
    <message>
        <source>Link (opens a web page)</source>
        <translation>Bağlantı (bir web sayfası açar)</translation>
    </message>
    <message>
        <source>Submenu (before v8.0)</source>
        <translation>Alt menü (v8.0 öncesi)</translation>
    </message>
    <message>
        <source>Webview height</source>
        <translation>Web görünümü yüksekliği</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Tam</translation>
    </message>
    <message>
        <source>Tall</source>
        <translation>Uzun</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Sıkışık</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Başlık:</translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation>Y&amp;ük:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 karakter</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Hei&amp;ght:</source>
        <translation>Yü&amp;kseklik:</translation>
    </message>
    <message>
        <source>Fallbac&amp;k URL:</source>
        <translation>Y&amp;edek URL:</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MenuPreview</name>
    <message>
        <source>Menu preview</source>
        <translation>Menü önizlemesi</translation>
    </message>
    <message>
        <source>Typing is turned off; use the menu.</source>
        <translation>Yazma kapalı; menüyü kullanın.</translation>
    </message>
    <message>
        <source>Aa   ☰ Menu</source>
        <translation>Aa   ☰ Menü</translation>
    </message>
    <message>
        <source>This locale has no menu items.</source>
        <translation>Bu yerel ayarın menü öğesi yok.</translation>
    </message>
    <message>
        <source>Menu (%1)</source>
        <translation>Menü (%1)</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MenuTab</name>
    <message>
        <source>Turn typing off for this locale</source>
        <translation>Bu yerel ayar için yazmayı kapat</translation>
    </message>
    <message>
        <source>Add &amp;Item</source>
        <translation>Öğe &amp;ekle</translation>
    </message>
    <message>
        <source>Add &amp;Submenu</source>
        <translation>&amp;Alt menü ekle</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Çoğalt</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>Add a Get Started Button</source>
        <translation>Başlayın düğmesi ekle</translation>
    </message>
    <message>
        <source>A persistent menu needs the Get Started button, and this page has none; Graph would refuse the menu (#100, subcode 2018145).</source>
        <translation>Kalıcı bir menü Başlayın düğmesini gerektirir ve bu sayfada yok; Graph menüyü reddeder (#100, alt kod 2018145).</translation>
    </message>
    <message>
        <source>Menu items by locale</source>
        <translation>Yerel ayara göre menü öğeleri</translation>
    </message>
    <message>
        <source>Locale to add</source>
        <translation>Eklenecek yerel ayar</translation>
    </message>
    <message>
        <source>Locale to copy the menu to</source>
        <translation>Menünün kopyalanacağı yerel ayar</translation>
    </message>
    <message>
        <source>Add &amp;Locale</source>
        <translation>Yerel &amp;ayar ekle</translation>
    </message>
    <message>
        <source>&amp;Copy Menu To</source>
        <translation>Menüyü &amp;kopyala</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;İçe aktar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Dı&amp;şa aktar…</translation>
    </message>
    <message>
        <source>&amp;Paste JSON…</source>
        <translation>JSON ya&amp;pıştır…</translation>
    </message>
    <message>
        <source>Selected Item</source>
        <translation>Seçili öğe</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Önizleme</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Yeni öğe</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Daha fazla</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a locale Facebook supports.</source>
        <translation>&quot;%1&quot;, Facebook&apos;un desteklediği bir yerel ayar değil.</translation>
    </message>
    <message>
        <source>Select a locale&apos;s menu and a supported locale to copy it to.</source>
        <translation>Bir yerel ayarın menüsünü ve onu kopyalamak için desteklenen bir yerel ayar seçin.</translation>
    </message>
    <message>
        <source>The menu was reverted to what the page has.</source>
        <translation>Menü, sayfadaki hâline geri döndürüldü.</translation>
    </message>
    <message>
        <source>Import Menu</source>
        <translation>Menüyü içe aktar</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON dosyaları (*.json)</translation>
    </message>
    <message>
        <source>Export Menu</source>
        <translation>Menüyü dışa aktar</translation>
    </message>
    <message>
        <source>Fetched the menu from the page (tx_id %1).</source>
        <translation>Menü sayfadan getirildi (tx_id %1).</translation>
    </message>
    <message>
        <source>Fetching the menu failed: %1</source>
        <translation>Menü getirilemedi: %1</translation>
    </message>
    <message numerus="yes">
        <source>Applied: Graph accepted %n request(s) under tx_id %1.</source>
        <translation>
            <numerusform>Uygulandı: Graph, tx_id %1 altında %n isteği kabul etti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph did not apply the menu; your draft is kept: %1</source>
        <translation>Graph menüyü uygulamadı; taslağınız korunuyor: %1</translation>
    </message>
    <message>
        <source>Your unsaved menu from an earlier session was restored.</source>
        <translation>Önceki bir oturumdan kalan kaydedilmemiş menünüz geri yüklendi.</translation>
    </message>
    <message>
        <source>%1 is not a whitelisted domain of this page, so Messenger extensions will not work there. &lt;a href=&quot;profile&quot;&gt;Whitelist it in the Profile tab&lt;/a&gt;.</source>
        <translation>%1 bu sayfanın izin verilen bir alan adı değil, bu yüzden Messenger uzantıları orada çalışmaz. &lt;a href=&quot;profile&quot;&gt;Profil sekmesinde izin verin&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Edit the item&apos;s %1</source>
        <translation>Öğenin %1 değerini düzenle</translation>
    </message>
    <message>
        <source>Send the menu to the page in one call.</source>
        <translation>Menüyü tek çağrıyla sayfaya gönder.</translation>
    </message>
    <message>
        <source>Fix the items marked in the tree first.</source>
        <translation>Önce ağaçta işaretlenen öğeleri düzeltin.</translation>
    </message>
    <message>
        <source>Add a get started button</source>
        <translation>Başlayın düğmesi ekle</translation>
    </message>
    <message>
        <source>A Get Started button with the payload GET_STARTED is in the draft; it is sent with the menu.</source>
        <translation>GET_STARTED yüküne sahip bir Başlayın düğmesi taslakta; menüyle birlikte gönderilir.</translation>
    </message>
    <message>
        <source>The JSON does not parse: %1 at line %2, column %3.</source>
        <translation>JSON ayrıştırılamıyor: %2. satır, %3. sütunda %1.</translation>
    </message>
    <message>
        <source>The JSON holds no persistent menu: give a list of per-locale menus, or an object with &quot;persistent_menu&quot;.</source>
        <translation>JSON kalıcı bir menü içermiyor: yerel ayar başına menülerin bir listesini ya da &quot;persistent_menu&quot; içeren bir nesne verin.</translation>
    </message>
    <message>
        <source>Import a menu</source>
        <translation>Bir menü içe aktar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The menu was imported; it follows every rule of %1.</source>
        <translation>Menü içe aktarıldı; %1 için tüm kurallara uyuyor.</translation>
    </message>
    <message numerus="yes">
        <source>The menu was imported with %n problem(s), marked in the tree:
%1</source>
        <translation>
            <numerusform>Menü, ağaçta işaretlenen %n sorunla içe aktarıldı:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The menu could not be written to %1: %2.</source>
        <translation>Menü %1 dosyasına yazılamadı: %2.</translation>
    </message>
    <message>
        <source>Exported the menu to %1.</source>
        <translation>Menü %1 dosyasına aktarıldı.</translation>
    </message>
    <message>
        <source>Paste Menu JSON</source>
        <translation>Menü JSON&apos;unu yapıştır</translation>
    </message>
    <message>
        <source>[{&quot;locale&quot;: &quot;default&quot;, &quot;call_to_actions&quot;: [...]}]</source>
        <translation>[{&quot;locale&quot;: &quot;default&quot;, &quot;call_to_actions&quot;: [...]}]</translation>
    </message>
    <message>
        <source>Fetch fr&amp;om Page</source>
        <translation>Sayfadan ge&amp;tir</translation>
    </message>
    <message>
        <source>Revie&amp;w Changes…</source>
        <translation>Değişiklikleri gözden geçi&amp;r…</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>&amp;Uygula</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Geri d&amp;öndür</translation>
    </message>
    <message>
        <source>Not fetched yet: Fetch from Page loads the menu this page has.</source>
        <translation>Henüz getirilmedi: “Sayfadan getir” bu sayfanın menüsünü yükler.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MessageBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>İletiyi kapat</translation>
    </message>
    <message>
        <source>Dismiss this message.</source>
        <translation>Bu iletiyi kapat.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::OverviewTab</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>Yeni&amp;le</translation>
    </message>
    <message>
        <source>Show in Event Log</source>
        <translation>Olay günlüğünde göster</translation>
    </message>
    <message>
        <source>Messenger setup</source>
        <translation>Messenger kurulumu</translation>
    </message>
    <message>
        <source>What this Page shows in Messenger right now, as Graph reports it. Nothing here changes the Page.</source>
        <translation>Bu Sayfanın şu anda Messenger&apos;da gösterdikleri, Graph&apos;ın bildirdiği biçimde. Buradaki hiçbir şey Sayfayı değiştirmez.</translation>
    </message>
    <message>
        <source>Read the Page&apos;s Messenger profile again (F5).</source>
        <translation>Sayfanın Messenger profilini yeniden oku (F5).</translation>
    </message>
    <message>
        <source>Filter the event log by this call&apos;s tx_id.</source>
        <translation>Olay günlüğünü bu çağrının tx_id&apos;sine göre süz.</translation>
    </message>
    <message>
        <source>The Messenger profile could not be read: %1</source>
        <translation>Messenger profili okunamadı: %1</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Henüz okunmadı.</translation>
    </message>
    <message>
        <source>Reading the Messenger profile…</source>
        <translation>Messenger profili okunuyor…</translation>
    </message>
    <message>
        <source>Read at %1 (tx_id %2).</source>
        <translation>%1 saatinde okundu (tx_id %2).</translation>
    </message>
    <message>
        <source>Reading failed at %1 (tx_id %2).</source>
        <translation>%1 saatinde okuma başarısız oldu (tx_id %2).</translation>
    </message>
    <message>
        <source>Not served on Graph API %1.</source>
        <translation>Graph API %1 üzerinde sunulmuyor.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ayarlanmamış</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PageEditor</name>
    <message>
        <source>C&amp;heck Token</source>
        <translation>Belirteci &amp;denetle</translation>
    </message>
    <message>
        <source>&amp;Save Page</source>
        <translation>Sayfayı &amp;kaydet</translation>
    </message>
    <message>
        <source>For example 104729384756101</source>
        <translation>Örneğin 104729384756101</translation>
    </message>
    <message>
        <source>The Page&apos;s name</source>
        <translation>Sayfanın adı</translation>
    </message>
    <message>
        <source>Ask Graph whether the token is valid, what it may do and when it expires.</source>
        <translation>Graph&apos;a belirtecin geçerli olup olmadığını, neye izin verdiğini ve ne zaman sona erdiğini sor.</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>&amp;Uygulama:</translation>
    </message>
    <message>
        <source>Page &amp;ID:</source>
        <translation>Sayfa &amp;kimliği:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>Page &amp;token:</source>
        <translation>Sayfa &amp;belirteci:</translation>
    </message>
    <message>
        <source>A Page access token comes from the Graph API Explorer or from Import Pages. It goes to the system keychain only.</source>
        <translation>Sayfa erişim belirteci Graph API Explorer&apos;dan ya da Sayfaları içe aktar ile gelir. Yalnızca sistem anahtar zincirine gider.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New Page</source>
        <translation>Yeni Sayfa</translation>
    </message>
    <message>
        <source>Page access token</source>
        <translation>Sayfa erişim belirteci</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Sayfa %1</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace it</source>
        <translation>Anahtar zincirinde saklı; değiştirmek için yazın</translation>
    </message>
    <message>
        <source>Add the app this Page belongs to first.</source>
        <translation>Önce bu Sayfanın ait olduğu uygulamayı ekleyin.</translation>
    </message>
    <message>
        <source>The Page ID is missing or has characters a Page ID cannot have.</source>
        <translation>Sayfa kimliği eksik ya da bir Sayfa kimliğinde olamayacak karakterler içeriyor.</translation>
    </message>
    <message>
        <source>This app already has a Page with the ID %1.</source>
        <translation>Bu uygulamanın %1 kimlikli bir Sayfası zaten var.</translation>
    </message>
    <message>
        <source>A new Page needs its Page access token.</source>
        <translation>Yeni bir Sayfa, Sayfa erişim belirtecini gerektirir.</translation>
    </message>
    <message>
        <source>The Page could not be saved in the settings file.</source>
        <translation>Sayfa ayar dosyasına kaydedilemedi.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
    <message>
        <source>The Page was not saved because its token could not be stored: %1</source>
        <translation>Belirteci saklanamadığı için Sayfa kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>The token was stored, but the Page could not be saved in the settings file.</source>
        <translation>Belirteç saklandı ancak Sayfa ayar dosyasına kaydedilemedi.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PageImportPanel</name>
    <message>
        <source>C&amp;heck Token</source>
        <translation>Belirteci &amp;denetle</translation>
    </message>
    <message>
        <source>&amp;Find Pages</source>
        <translation>Sayfaları &amp;bul</translation>
    </message>
    <message>
        <source>&amp;Add Selected Pages</source>
        <translation>Seçili Sayfaları &amp;ekle</translation>
    </message>
    <message>
        <source>Import Pages</source>
        <translation>Sayfaları içe aktar</translation>
    </message>
    <message>
        <source>A user access token with pages_show_list lists the Pages you manage, each with its own Page token. The user token is used once and never stored.</source>
        <translation>pages_show_list iznine sahip bir kullanıcı erişim belirteci, yönettiğiniz Sayfaları her birinin kendi Sayfa belirteciyle listeler. Kullanıcı belirteci bir kez kullanılır ve hiç saklanmaz.</translation>
    </message>
    <message>
        <source>User access token</source>
        <translation>Kullanıcı erişim belirteci</translation>
    </message>
    <message>
        <source>Into &amp;app:</source>
        <translation>Hedef &amp;uygulama:</translation>
    </message>
    <message>
        <source>&amp;User token:</source>
        <translation>&amp;Kullanıcı belirteci:</translation>
    </message>
    <message>
        <source>Pages found</source>
        <translation>Bulunan Sayfalar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add the app the Pages should belong to first.</source>
        <translation>Önce Sayfaların ait olacağı uygulamayı ekleyin.</translation>
    </message>
    <message>
        <source>Type or paste a user access token first.</source>
        <translation>Önce bir kullanıcı erişim belirteci yazın ya da yapıştırın.</translation>
    </message>
    <message>
        <source>The Pages could not be listed: %1</source>
        <translation>Sayfalar listelenemedi: %1</translation>
    </message>
    <message>
        <source>%1 (%2), already added; adding it again replaces its token</source>
        <translation>%1 (%2), zaten eklendi; yeniden eklemek belirtecini değiştirir</translation>
    </message>
    <message>
        <source>Graph lists no Pages with a Page token for this user.</source>
        <translation>Graph bu kullanıcı için Sayfa belirteci olan hiçbir Sayfa listelemiyor.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n Page(s). Choose the ones to add.</source>
        <translation>
            <numerusform>%n Sayfa bulundu. Eklenecek olanları seçin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Page(s) added; the others were not, because their tokens could not be stored: %1</source>
        <translation>
            <numerusform>%n Sayfa eklendi; diğerleri, belirteçleri saklanamadığı için eklenmedi: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No Page was chosen.</source>
        <translation>Hiçbir Sayfa seçilmedi.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n Page(s).</source>
        <translation>
            <numerusform>%n Sayfa eklendi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PageListDelegate</name>
    <message>
        <source>Sandbox</source>
        <translation>Korumalı alan</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PageListPanel</name>
    <message>
        <source>Manage Accounts…</source>
        <translation>Hesapları yönet…</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sayfalar</translation>
    </message>
    <message>
        <source>Your apps and their Pages. Choose a Page to work on it.</source>
        <translation>Uygulamalarınız ve Sayfaları. Üzerinde çalışmak için bir Sayfa seçin.</translation>
    </message>
    <message>
        <source>Add, edit or remove apps and Pages.</source>
        <translation>Uygulama ve Sayfa ekle, düzenle ya da kaldır.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PageWorkspace</name>
    <message>
        <source>Sandbox</source>
        <translation>Korumalı alan</translation>
    </message>
    <message>
        <source>This Page lives in the local sandbox: changes go to a local stand-in, not to Facebook.</source>
        <translation>Bu Sayfa yerel korumalı alanda: değişiklikler Facebook&apos;a değil, yerel bir yedeğe gider.</translation>
    </message>
    <message>
        <source>%1: coming in a later version.</source>
        <translation>%1: sonraki bir sürümde geliyor.</translation>
    </message>
    <message>
        <source>Page ID %1 · App %2 (%3) · Graph API %4</source>
        <translation>Sayfa kimliği %1 · Uygulama %2 (%3) · Graph API %4</translation>
    </message>
    <message>
        <source>Workspace of %1</source>
        <translation>%1 çalışma alanı</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Genel bakış</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Labels &amp;&amp; Broadcasts</source>
        <translation>Etiketler &amp;&amp; Yayınlar</translation>
    </message>
    <message>
        <source>Audience &amp;&amp; Insights</source>
        <translation>Kitle &amp;&amp; İstatistikler</translation>
    </message>
    <message>
        <source>Conversations &amp;&amp; Tools</source>
        <translation>Konuşmalar &amp;&amp; Araçlar</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PlannedTab</name>
    <message>
        <source>Coming in a later version</source>
        <translation>Sonraki bir sürümde geliyor</translation>
    </message>
    <message>
        <source>Planned features</source>
        <translation>Planlanan özellikler</translation>
    </message>
    <message>
        <source>The Profile tab will edit what people see before and when they start a conversation. You fetch the Page&apos;s profile, edit a draft with instant checks, review the exact request and apply it in one call.</source>
        <translation>Profil sekmesi, insanların bir konuşmaya başlamadan önce ve başlarken gördüklerini düzenleyecek. Sayfanın profilini getirir, anında denetlenen bir taslağı düzenler, tam isteği gözden geçirir ve tek çağrıda uygularsınız.</translation>
    </message>
    <message>
        <source>The Menu tab will edit the persistent menu, per locale, with a preview of what Messenger shows.</source>
        <translation>Menü sekmesi, kalıcı menüyü her yerel ayar için Messenger&apos;ın göstereceğinin önizlemesiyle düzenleyecek.</translation>
    </message>
    <message>
        <source>The Labels &amp; Broadcasts tab will manage custom labels and the people who carry them, and compose broadcasts by hand.</source>
        <translation>Etiketler &amp; Yayınlar sekmesi özel etiketleri ve bunları taşıyan kişileri yönetecek, yayınları elle oluşturacak.</translation>
    </message>
    <message>
        <source>The Audience &amp; Insights tab will chart the Page&apos;s messaging insights and show who the bot is offered to.</source>
        <translation>Kitle &amp; İstatistikler sekmesi, Sayfanın mesajlaşma istatistiklerini grafiklerle gösterecek ve botun kime sunulduğunu belirtecek.</translation>
    </message>
    <message>
        <source>The Conversations &amp; Tools tab will gather the one-off operations of the Messenger Platform.</source>
        <translation>Konuşmalar &amp; Araçlar sekmesi, Messenger Platformu&apos;nun tek seferlik işlemlerini bir araya getirecek.</translation>
    </message>
    <message>
        <source>Greeting text per locale, with the user name placeholders.</source>
        <translation>Kullanıcı adı yer tutucularıyla, her yerel ayar için karşılama metni.</translation>
    </message>
    <message>
        <source>The Get Started button and its payload.</source>
        <translation>Başlayın düğmesi ve yükü.</translation>
    </message>
    <message>
        <source>Ice breakers: up to four questions people can tap.</source>
        <translation>Buz kırıcılar: insanların dokunabileceği en fazla dört soru.</translation>
    </message>
    <message>
        <source>Whitelisted domains, account linking URL and home URL.</source>
        <translation>İzin verilen alan adları, hesap bağlama URL&apos;si ve ana sayfa URL&apos;si.</translation>
    </message>
    <message>
        <source>Payment settings and target audience, where Graph still serves them.</source>
        <translation>Graph&apos;ın hâlâ sunduğu yerlerde ödeme ayarları ve hedef kitle.</translation>
    </message>
    <message>
        <source>Drafts that autosave, a diff before applying, and revert.</source>
        <translation>Kendiliğinden kaydedilen taslaklar, uygulamadan önce bir fark ve geri alma.</translation>
    </message>
    <message>
        <source>Postback and web URL items, up to 20 per locale since Graph v8.0.</source>
        <translation>Graph v8.0&apos;dan beri her yerel ayar için en fazla 20 geri gönderim ve web URL öğesi.</translation>
    </message>
    <message>
        <source>Nested menus for apps that still use a Graph version before v8.0.</source>
        <translation>Hâlâ v8.0 öncesi bir Graph sürümü kullanan uygulamalar için iç içe menüler.</translation>
    </message>
    <message>
        <source>The switch that disables the composer.</source>
        <translation>Yazma alanını kapatan anahtar.</translation>
    </message>
    <message>
        <source>Menus for single people (custom user settings).</source>
        <translation>Tek tek kişiler için menüler (özel kullanıcı ayarları).</translation>
    </message>
    <message>
        <source>Create, rename and delete custom labels.</source>
        <translation>Özel etiket oluştur, yeniden adlandır ve sil.</translation>
    </message>
    <message>
        <source>Label and unlabel thousands of people from a list of PSIDs, in batches.</source>
        <translation>Bir PSID listesinden binlerce kişiyi toplu olarak etiketle ya da etiketini kaldır.</translation>
    </message>
    <message>
        <source>Message creatives, broadcasts and reach estimates, marked as deprecated by Graph.</source>
        <translation>Graph tarafından kullanımdan kaldırıldı olarak işaretlenmiş ileti şablonları, yayınlar ve erişim tahminleri.</translation>
    </message>
    <message>
        <source>Messaging insights over a date range, as charts.</source>
        <translation>Bir tarih aralığındaki mesajlaşma istatistikleri, grafik olarak.</translation>
    </message>
    <message>
        <source>Target audience by country.</source>
        <translation>Ülkeye göre hedef kitle.</translation>
    </message>
    <message>
        <source>The status of the Page&apos;s messaging feature review.</source>
        <translation>Sayfanın mesajlaşma özelliği incelemesinin durumu.</translation>
    </message>
    <message>
        <source>Handover protocol: pass, take and request thread control.</source>
        <translation>Devir protokolü: konuşma denetimini devret, al ve iste.</translation>
    </message>
    <message>
        <source>User profiles and ID matching across apps and Pages.</source>
        <translation>Uygulamalar ve Sayfalar arasında kullanıcı profilleri ve kimlik eşleştirme.</translation>
    </message>
    <message>
        <source>Send messages and upload reusable attachments.</source>
        <translation>İleti gönder ve yeniden kullanılabilir ekler yükle.</translation>
    </message>
    <message>
        <source>Messenger codes, account unlinking, NLP settings and webhook subscriptions.</source>
        <translation>Messenger kodları, hesap bağlantısını kaldırma, NLP ayarları ve webhook abonelikleri.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ProfileSummary</name>
    <message>
        <source>Greeting</source>
        <translation>Karşılama</translation>
    </message>
    <message>
        <source>Get Started button</source>
        <translation>Başlayın düğmesi</translation>
    </message>
    <message>
        <source>Persistent menu</source>
        <translation>Kalıcı menü</translation>
    </message>
    <message>
        <source>Ice breakers</source>
        <translation>Buz kırıcılar</translation>
    </message>
    <message>
        <source>Whitelisted domains</source>
        <translation>İzin verilen alan adları</translation>
    </message>
    <message>
        <source>Account linking URL</source>
        <translation>Hesap bağlama URL&apos;si</translation>
    </message>
    <message>
        <source>Home URL</source>
        <translation>Ana sayfa URL&apos;si</translation>
    </message>
    <message>
        <source>Payment settings</source>
        <translation>Ödeme ayarları</translation>
    </message>
    <message>
        <source>Target audience</source>
        <translation>Hedef kitle</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more locale(s)</source>
        <translation>
            <numerusform>%1 ve %n yerel ayar daha</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends the payload %1.</source>
        <translation>%1 yükünü gönderir.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n öğe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n locale(s)</source>
        <translation>
            <numerusform>%n yerel ayarda %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; typing is turned off</source>
        <translation>%1; yazma kapalı</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), starting with %1</source>
        <translation>
            <numerusform>%1 ile başlayan %n soru</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Herkes</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Hiç kimse</translation>
    </message>
    <message>
        <source>Chosen countries</source>
        <translation>Seçili ülkeler</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Ayarlı</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ProfileTab</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;İçe aktar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Dı&amp;şa aktar…</translation>
    </message>
    <message>
        <source>&amp;Copy to Pages…</source>
        <translation>Sayfalara &amp;kopyala…</translation>
    </message>
    <message>
        <source>Load every profile field from the page in one call.</source>
        <translation>Her profil alanını tek çağrıyla sayfadan yükle.</translation>
    </message>
    <message>
        <source>Send the draft to the page in one call (two when fields are cleared).</source>
        <translation>Taslağı tek çağrıyla sayfaya gönder (alanlar temizlenirse iki çağrıyla).</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Karşılama</translation>
    </message>
    <message>
        <source>Get started payload</source>
        <translation>Başlayın yükü</translation>
    </message>
    <message>
        <source>Get Started Button</source>
        <translation>Başlayın Düğmesi</translation>
    </message>
    <message>
        <source>Ice Breakers</source>
        <translation>Buz Kırıcılar</translation>
    </message>
    <message>
        <source>Whitelisted Domains</source>
        <translation>İzin Verilen Alan Adları</translation>
    </message>
    <message>
        <source>Account linking URL</source>
        <translation>Hesap bağlama URL&apos;si</translation>
    </message>
    <message>
        <source>Account Linking URL</source>
        <translation>Hesap Bağlama URL&apos;si</translation>
    </message>
    <message>
        <source>Home URL</source>
        <translation>Ana sayfa URL&apos;si</translation>
    </message>
    <message>
        <source>Only for testers (in_test)</source>
        <translation>Yalnızca test edenler için (in_test)</translation>
    </message>
    <message>
        <source>Hide the share button</source>
        <translation>Paylaş düğmesini gizle</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Audience type</source>
        <translation>Kitle türü</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Herkes</translation>
    </message>
    <message>
        <source>Chosen countries</source>
        <translation>Seçili ülkeler</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>Hiç kimse</translation>
    </message>
    <message>
        <source>Only these countries</source>
        <translation>Yalnızca bu ülkeler</translation>
    </message>
    <message>
        <source>Everyone except these countries</source>
        <translation>Bu ülkeler dışında herkes</translation>
    </message>
    <message>
        <source>Target Audience</source>
        <translation>Hedef Kitle</translation>
    </message>
    <message>
        <source>Privacy policy URL</source>
        <translation>Gizlilik politikası URL&apos;si</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Açık anahtar</translation>
    </message>
    <message>
        <source>Privacy URL:</source>
        <translation>Gizlilik URL&apos;si:</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Açık anahtar:</translation>
    </message>
    <message>
        <source>Test users:</source>
        <translation>Test kullanıcıları:</translation>
    </message>
    <message>
        <source>Payment Settings</source>
        <translation>Ödeme Ayarları</translation>
    </message>
    <message>
        <source>The draft was reverted to what the page has.</source>
        <translation>Taslak, sayfadaki hâline geri döndürüldü.</translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation>Profili içe aktar</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON dosyaları (*.json)</translation>
    </message>
    <message>
        <source>Export Profile</source>
        <translation>Profili dışa aktar</translation>
    </message>
    <message>
        <source>Fetched the profile from the page (tx_id %1).</source>
        <translation>Profil sayfadan getirildi (tx_id %1).</translation>
    </message>
    <message>
        <source>Fetching the profile failed</source>
        <translation>Profil getirilemedi</translation>
    </message>
    <message numerus="yes">
        <source>Applied: Graph accepted %n request(s) under tx_id %1.</source>
        <translation>
            <numerusform>Uygulandı: Graph, tx_id %1 altında %n isteği kabul etti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph did not apply the change; your draft is kept</source>
        <translation>Graph değişikliği uygulamadı; taslağınız korunuyor</translation>
    </message>
    <message>
        <source>Your unsaved draft from an earlier session was restored. Review it, apply it, or revert it.</source>
        <translation>Önceki bir oturumdan kalan kaydedilmemiş taslağınız geri yüklendi. Gözden geçirin, uygulayın ya da geri döndürün.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 düzenle</translation>
    </message>
    <message>
        <source>Not fetched yet: fetch from the page to compare.</source>
        <translation>Henüz getirilmedi: karşılaştırmak için sayfadan getirin.</translation>
    </message>
    <message>
        <source>The draft matches the page.</source>
        <translation>Taslak sayfayla aynı.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) to set, %1 to clear.</source>
        <translation>
            <numerusform>Ayarlanacak %n alan, temizlenecek %1 alan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the draft to the page.</source>
        <translation>Taslağı sayfaya gönder.</translation>
    </message>
    <message>
        <source>Fix the fields marked below first.</source>
        <translation>Önce aşağıda işaretlenen alanları düzeltin.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 okunamıyor: %2.</translation>
    </message>
    <message>
        <source>%1 is not a profile JSON object (%2 at byte %3).</source>
        <translation>%1 bir profil JSON nesnesi değil (%3. baytta %2).</translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot;, which is not a Messenger profile field; nothing was imported.</source>
        <translation>%1, bir Messenger profil alanı olmayan &quot;%2&quot; içeriyor; hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Profili içe aktar</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 içe aktar</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n field(s) from %1 into the draft.</source>
        <translation>
            <numerusform>%1 dosyasından taslağa %n alan aktarıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile could not be written to %1: %2.</source>
        <translation>Profil %1 dosyasına yazılamadı: %2.</translation>
    </message>
    <message>
        <source>Exported the draft to %1.</source>
        <translation>Taslak %1 dosyasına aktarıldı.</translation>
    </message>
    <message>
        <source>Fetch fr&amp;om Page</source>
        <translation>Sayfadan ge&amp;tir</translation>
    </message>
    <message>
        <source>Revie&amp;w Changes…</source>
        <translation>Değişiklikleri gözden geçi&amp;r…</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>&amp;Uygula</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Geri d&amp;öndür</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ReviewChangesDialog</name>
    <message>
        <source>(not set)</source>
        <translation>(ayarlanmamış)</translation>
    </message>
    <message>
        <source>Review Changes</source>
        <translation>Değişiklikleri gözden geçir</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Değişen alanlar</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Değişiklik</translation>
    </message>
    <message>
        <source>In the draft</source>
        <translation>Taslakta</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>değişti</translation>
    </message>
    <message>
        <source>added</source>
        <translation>eklendi</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>temizlendi</translation>
    </message>
    <message>
        <source>The field on the page</source>
        <translation>Sayfadaki alan</translation>
    </message>
    <message>
        <source>The field in the draft</source>
        <translation>Taslaktaki alan</translation>
    </message>
    <message>
        <source>On the page:</source>
        <translation>Sayfada:</translation>
    </message>
    <message>
        <source>In the draft:</source>
        <translation>Taslakta:</translation>
    </message>
    <message>
        <source>&lt;new tx_id&gt;</source>
        <translation>&lt;yeni tx_id&gt;</translation>
    </message>
    <message>
        <source>%1 cannot be sent: %2</source>
        <translation>%1 gönderilemez: %2</translation>
    </message>
    <message>
        <source>Requests that Apply will send</source>
        <translation>Uygula&apos;nın göndereceği istekler</translation>
    </message>
    <message numerus="yes">
        <source>Apply sends %n request(s) under one tx_id; the profile API allows about 10 calls per 10 minutes per page.</source>
        <translation>
            <numerusform>Uygula, tek bir tx_id altında %n istek gönderir; profil API&apos;si sayfa başına 10 dakikada yaklaşık 10 çağrıya izin verir.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Uygula</translation>
    </message>
    <message>
        <source>&amp;Back to Editing</source>
        <translation>Düzenlemeye &amp;dön</translation>
    </message>
    <message>
        <source>Fields that change:</source>
        <translation>Değişen alanlar:</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>İstekler:</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::StringListEditor</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>E&amp;kle</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ka&amp;ldır</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::TokenCheckView</name>
    <message>
        <source>Type or paste a token first.</source>
        <translation>Önce bir belirteç yazın ya da yapıştırın.</translation>
    </message>
    <message>
        <source>No connection to Graph is set up.</source>
        <translation>Graph ile bir bağlantı kurulmamış.</translation>
    </message>
    <message>
        <source>Asking Graph about the token…</source>
        <translation>Graph&apos;a belirteç soruluyor…</translation>
    </message>
    <message>
        <source>The token could not be checked: %1</source>
        <translation>Belirteç denetlenemedi: %1</translation>
    </message>
    <message>
        <source>Not valid.</source>
        <translation>Geçerli değil.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Geçerli değil: %1</translation>
    </message>
    <message>
        <source>Scopes: none.</source>
        <translation>İzinler: yok.</translation>
    </message>
    <message>
        <source>Scopes: %1.</source>
        <translation>İzinler: %1.</translation>
    </message>
    <message>
        <source>Expires: never.</source>
        <translation>Sona erme: hiçbir zaman.</translation>
    </message>
    <message>
        <source>Expires: %1.</source>
        <translation>Sona erme: %1.</translation>
    </message>
    <message>
        <source>Valid Page token for %1.</source>
        <translation>%1 için geçerli Sayfa belirteci.</translation>
    </message>
    <message>
        <source>Valid user token for %1.</source>
        <translation>%1 için geçerli kullanıcı belirteci.</translation>
    </message>
    <message>
        <source>Valid app token for %1.</source>
        <translation>%1 için geçerli uygulama belirteci.</translation>
    </message>
    <message>
        <source>Valid token for %1.</source>
        <translation>%1 için geçerli belirteç.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::UsageIndicator</name>
    <message>
        <source>App usage</source>
        <translation>Uygulama kullanımı</translation>
    </message>
    <message>
        <source>Page usage</source>
        <translation>Sayfa kullanımı</translation>
    </message>
    <message>
        <source>The share of Graph&apos;s rate limit used, as Graph reported it with the last answer. Messenger Desk slows down above %1 % and waits when Graph refuses calls.</source>
        <translation>Graph&apos;ın son yanıtla bildirdiği, kullanılan çağrı sınırı payı. Messenger Desk %%1 üzerinde yavaşlar ve Graph çağrıları reddettiğinde bekler.</translation>
    </message>
    <message>
        <source>No requests running</source>
        <translation>Çalışan istek yok</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) running</source>
        <translation>
            <numerusform>%n istek çalışıyor</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the app&apos;s limit used</source>
        <translation>Uygulama sınırının %%1 kadarı kullanıldı</translation>
    </message>
    <message>
        <source>%1 % of the Page&apos;s limit used</source>
        <translation>Sayfa sınırının %%1 kadarı kullanıldı</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::UserMenuPanel</name>
    <message>
        <source>&amp;Load</source>
        <translation>Yük&amp;le</translation>
    </message>
    <message>
        <source>Give This User the Menu</source>
        <translation>Bu kullanıcıya menüyü ver</translation>
    </message>
    <message>
        <source>Reset to Page Menu</source>
        <translation>Sayfa menüsüne sıfırla</translation>
    </message>
    <message>
        <source>PSID of one user</source>
        <translation>Bir kullanıcının PSID&apos;si</translation>
    </message>
    <message>
        <source>User PSID</source>
        <translation>Kullanıcı PSID&apos;si</translation>
    </message>
    <message>
        <source>Menu for one user:</source>
        <translation>Tek kullanıcı için menü:</translation>
    </message>
    <message>
        <source>User %1 now sees the menu being edited.</source>
        <translation>%1 kullanıcısı artık düzenlenen menüyü görüyor.</translation>
    </message>
    <message>
        <source>User %1 sees the page&apos;s menu again.</source>
        <translation>%1 kullanıcısı yeniden sayfanın menüsünü görüyor.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Çalışıyor…</translation>
    </message>
    <message>
        <source>Graph refused it: %1</source>
        <translation>Graph bunu reddetti: %1</translation>
    </message>
    <message>
        <source>User %1 has no menu of their own; they see the page&apos;s menu.</source>
        <translation>%1 kullanıcısının kendi menüsü yok; sayfanın menüsünü görüyor.</translation>
    </message>
    <message>
        <source>User %1 has their own menu: %2</source>
        <translation>%1 kullanıcısının kendi menüsü var: %2</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::WorkspaceArea</name>
    <message>
        <source>Welcome to Messenger Desk</source>
        <translation>Messenger Desk&apos;e hoş geldiniz</translation>
    </message>
    <message>
        <source>Choose a Page in the page list to see its tabs: Overview, Profile, Menu, Labels &amp; Broadcasts, Audience &amp; Insights, and Conversations &amp; Tools. The event log at the bottom shows every Graph API call.</source>
        <translation>Sekmelerini görmek için sayfa listesinden bir Sayfa seçin: Genel bakış, Profil, Menü, Etiketler &amp; Yayınlar, Kitle &amp; İstatistikler ve Konuşmalar &amp; Araçlar. Alttaki olay günlüğü her Graph API çağrısını gösterir.</translation>
    </message>
    <message>
        <source>Manage Accounts…</source>
        <translation>Hesapları yönet…</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::WorkspaceTabs</name>
    <message>
        <source>Import Menu</source>
        <translation>Menüyü içe aktar</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 okunamıyor: %2.</translation>
    </message>
</context>
</TS>
