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
        <translation>İlk çalıştırmadaki gibi, demo Sayfalarıyla Graph API&apos;nin yerel bir yedeği olan korumalı alanı da başlatır.</translation>
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
    <message>
        <source>the connection was closed or reset</source>
        <translation>bağlantı kapandı ya da sıfırlandı</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>bağlantı reddedildi</translation>
    </message>
    <message>
        <source>the connection failed (%1)</source>
        <translation>bağlantı kurulamadı (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with https:// because messenger_extensions is on.</source>
        <translation>messenger_extensions açık olduğu için &quot;%1&quot; https:// ile başlamalıdır.</translation>
    </message>
    <message>
        <source>A sender action is sent on its own: send the message and the sender_action in two requests.</source>
        <translation>Gönderen eylemi tek başına gönderilir: iletiyi ve sender_action&apos;ı iki ayrı istekte gönderin.</translation>
    </message>
    <message>
        <source>Give a message or a sender_action.</source>
        <translation>Bir ileti ya da bir sender_action verin.</translation>
    </message>
    <message>
        <source>A message needs a messaging_type: RESPONSE, UPDATE, MESSAGE_TAG or UTILITY.</source>
        <translation>Bir ileti için messaging_type gerekir: RESPONSE, UPDATE, MESSAGE_TAG ya da UTILITY.</translation>
    </message>
    <message>
        <source>payload goes only with the sender_action react or unreact.</source>
        <translation>payload yalnızca react ya da unreact sender_action&apos;ı ile kullanılır.</translation>
    </message>
    <message>
        <source>The sender_action %1 needs payload.message_id: the id of the message to react to.</source>
        <translation>%1 sender_action&apos;ı için payload.message_id gerekir: tepki verilecek iletinin kimliği.</translation>
    </message>
    <message>
        <source>payload.reaction must be text, such as an emoji.</source>
        <translation>payload.reaction bir metin olmalıdır, örneğin bir emoji.</translation>
    </message>
    <message>
        <source>A reaction payload takes message_id and reaction, not &quot;%1&quot;.</source>
        <translation>Bir tepki yükü &quot;%1&quot; değil, message_id ve reaction alır.</translation>
    </message>
    <message>
        <source>This text has %1 characters; at most %2 are allowed.</source>
        <translation>Bu metin %1 karakter; en fazla %2 karaktere izin verilir.</translation>
    </message>
    <message>
        <source>This field needs a text.</source>
        <translation>Bu alana bir metin girilmelidir.</translation>
    </message>
    <message>
        <source>The buttons must be a list.</source>
        <translation>Düğmeler bir liste olmalıdır.</translation>
    </message>
    <message>
        <source>There are %1 buttons; %2 to %3 are allowed here.</source>
        <translation>%1 düğme var; burada %2 ile %3 arası düğmeye izin verilir.</translation>
    </message>
    <message>
        <source>Each button needs a type, such as web_url or postback.</source>
        <translation>Her düğmenin web_url ya da postback gibi bir türü olmalıdır.</translation>
    </message>
    <message>
        <source>A generic template has %1 elements; 1 to %2 are allowed.</source>
        <translation>Genel şablonda %1 öğe var; 1 ile %2 arasına izin verilir.</translation>
    </message>
    <message>
        <source>A template needs a template_type, such as generic or button.</source>
        <translation>Bir şablon için generic ya da button gibi bir template_type gerekir.</translation>
    </message>
    <message>
        <source>The attachment must be an object {type, payload}.</source>
        <translation>Ek bir {type, payload} nesnesi olmalıdır.</translation>
    </message>
    <message>
        <source>The attachment type must be image, audio, video, file or template.</source>
        <translation>Ek türü image, audio, video, file ya da template olmalıdır.</translation>
    </message>
    <message>
        <source>The attachment needs a payload object.</source>
        <translation>Ekin bir payload nesnesi olmalıdır.</translation>
    </message>
    <message>
        <source>A media attachment needs a payload url or attachment_id.</source>
        <translation>Bir medya eki için payload url&apos;si ya da attachment_id gerekir.</translation>
    </message>
    <message>
        <source>The quick replies must be a list.</source>
        <translation>Hızlı yanıtlar bir liste olmalıdır.</translation>
    </message>
    <message>
        <source>There are %1 quick replies; at most %2 are allowed.</source>
        <translation>%1 hızlı yanıt var; en fazla %2 tanesine izin verilir.</translation>
    </message>
    <message>
        <source>content_type must be text, user_phone_number or user_email.</source>
        <translation>content_type text, user_phone_number ya da user_email olmalıdır.</translation>
    </message>
    <message>
        <source>A text quick reply needs a title.</source>
        <translation>Metin türündeki hızlı yanıtın bir başlığı olmalıdır.</translation>
    </message>
    <message>
        <source>The quick reply title &quot;%1&quot; has %2 characters; at most %3 are allowed.</source>
        <translation>&quot;%1&quot; hızlı yanıt başlığı %2 karakter; en fazla %3 karaktere izin verilir.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be {&quot;first_name&quot;: text, &quot;last_name&quot;: text}, not %2.</source>
        <translation>&quot;%1&quot; alanı %2 değil, {&quot;first_name&quot;: metin, &quot;last_name&quot;: metin} olmalıdır.</translation>
    </message>
    <message>
        <source>The operation %1 takes no input; &quot;%2&quot; is not one of its fields.</source>
        <translation>%1 işlemi girdi almaz; &quot;%2&quot; onun alanlarından biri değil.</translation>
    </message>
    <message>
        <source>The operation %1 does not take &quot;%2&quot;; its fields are: %3.</source>
        <translation>%1 işlemi &quot;%2&quot; almaz; alanları şunlardır: %3.</translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation>bir JSON nesnesi bekleniyordu</translation>
    </message>
    <message>
        <source>a list under &quot;data&quot; was expected</source>
        <translation>&quot;data&quot; altında bir liste bekleniyordu</translation>
    </message>
    <message>
        <source>a &quot;message_id&quot; was expected</source>
        <translation>bir &quot;message_id&quot; bekleniyordu</translation>
    </message>
    <message>
        <source>&quot;success&quot; was expected</source>
        <translation>&quot;success&quot; bekleniyordu</translation>
    </message>
    <message>
        <source>a list of batch answers was expected</source>
        <translation>bir toplu yanıt listesi bekleniyordu</translation>
    </message>
</context>
<context>
    <name>mdesk::api::AnswerReader</name>
    <message>
        <source>Graph did not answer within %1 seconds after the request was sent.</source>
        <translation>Graph, istek gönderildikten sonra %1 saniye içinde yanıt vermedi.</translation>
    </message>
    <message>
        <source>Graph did not answer within %1 seconds.</source>
        <translation>Graph %1 saniye içinde yanıt vermedi.</translation>
    </message>
    <message>
        <source>The request was sent, but %1 before Graph&apos;s answer came.</source>
        <translation>İstek gönderildi, ancak Graph&apos;ın yanıtı gelmeden önce %1.</translation>
    </message>
    <message>
        <source>The connection to Graph failed before the request was sent (%1); nothing was applied.</source>
        <translation>Graph ile bağlantı istek gönderilmeden önce kurulamadı (%1); hiçbir şey uygulanmadı.</translation>
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
        <source>Graph answered HTTP %1, a redirect to %2, which is not followed.</source>
        <translation>Graph HTTP %1 ile %2 adresine bir yönlendirme yanıtı verdi; bu yönlendirme izlenmez.</translation>
    </message>
</context>
<context>
    <name>mdesk::api::AnswerShapes</name>
    <message>
        <source>Graph answered in a shape this version does not know (%1): &quot;%2&quot;.</source>
        <translation>Graph bu sürümün tanımadığı bir biçimde yanıt verdi (%1): &quot;%2&quot;.</translation>
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
    <message>
        <source>Not sent: the job stopped at an error no retry can fix: %1</source>
        <translation>Gönderilmedi: iş, hiçbir yeniden denemenin düzeltemeyeceği bir hatada durdu: %1</translation>
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
        <source>The persistent menu needs a menu for the locale &quot;default&quot;.</source>
        <translation>Kalıcı menü için &quot;default&quot; yerel ayarına ait bir menü gerekir.</translation>
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
    <message>
        <source>&quot;%1&quot; must start with http:// or https://.</source>
        <translation>&quot;%1&quot; http:// veya https:// ile başlamalıdır.</translation>
    </message>
    <message>
        <source>The menu for %1 turns the composer off and has no items, so people could not answer at all.</source>
        <translation>%1 menüsü yazma alanını kapatıyor ve hiç öğesi yok; bu durumda kimse yanıt veremez.</translation>
    </message>
    <message>
        <source>The tag %1 was retired in 2026 (reported on 2026-04-27); Graph refuses it on every version. For a person&apos;s reply within 7 days of the user&apos;s last message use HUMAN_AGENT; inside the 24-hour window no tag is needed (send it as RESPONSE or UPDATE).</source>
        <translation>%1 etiketi 2026&apos;da kaldırıldı (2026-04-27 tarihinde bildirildi); Graph bunu her sürümde reddeder. Kullanıcının son mesajından sonraki 7 gün içinde bir kişinin yanıtı için HUMAN_AGENT kullanın; 24 saatlik pencere içinde etikete gerek yoktur (RESPONSE veya UPDATE olarak gönderin).</translation>
    </message>
    <message>
        <source>The tag %1 is not served: the other tags were retired on 2020-03-04 and in 2026. For a person&apos;s reply within 7 days of the user&apos;s last message use HUMAN_AGENT; inside the 24-hour window no tag is needed (send it as RESPONSE or UPDATE).</source>
        <translation>%1 etiketi desteklenmiyor: diğer etiketler 2020-03-04 tarihinde ve 2026&apos;da kaldırıldı. Kullanıcının son mesajından sonraki 7 gün içinde bir kişinin yanıtı için HUMAN_AGENT kullanın; 24 saatlik pencere içinde etikete gerek yoktur (RESPONSE veya UPDATE olarak gönderin).</translation>
    </message>
    <message>
        <source>A MESSAGE_TAG message needs a tag; only HUMAN_AGENT is left.</source>
        <translation>MESSAGE_TAG mesajının bir etikete ihtiyacı var; yalnızca HUMAN_AGENT kaldı.</translation>
    </message>
    <message>
        <source>A tag goes only with the messaging_type MESSAGE_TAG.</source>
        <translation>Etiket yalnızca MESSAGE_TAG messaging_type değeriyle kullanılır.</translation>
    </message>
    <message>
        <source>The tag must be text, such as HUMAN_AGENT.</source>
        <translation>Etiket HUMAN_AGENT gibi bir metin olmalıdır.</translation>
    </message>
    <message>
        <source>messaging_type must be RESPONSE, UPDATE, MESSAGE_TAG or UTILITY.</source>
        <translation>messaging_type RESPONSE, UPDATE, MESSAGE_TAG veya UTILITY olmalıdır.</translation>
    </message>
    <message>
        <source>sender_action must be mark_seen, typing_on, typing_off, react or unreact.</source>
        <translation>sender_action mark_seen, typing_on, typing_off, react veya unreact olmalıdır.</translation>
    </message>
    <message>
        <source>The message must be a JSON object.</source>
        <translation>Mesaj bir JSON nesnesi olmalıdır.</translation>
    </message>
    <message>
        <source>A message does not take &quot;%1&quot;; it takes text, attachment, quick_replies and metadata.</source>
        <translation>Bir mesaj &quot;%1&quot; almaz; text, attachment, quick_replies ve metadata alır.</translation>
    </message>
    <message>
        <source>A message has a text or an attachment, not both.</source>
        <translation>Bir mesajda ya metin ya da ek bulunur, ikisi birden değil.</translation>
    </message>
    <message>
        <source>The message text is empty.</source>
        <translation>Mesaj metni boş.</translation>
    </message>
    <message>
        <source>metadata must be text.</source>
        <translation>metadata metin olmalıdır.</translation>
    </message>
    <message>
        <source>metadata has %1 characters; at most %2 are allowed.</source>
        <translation>metadata %1 karakter içeriyor; en fazla %2 karaktere izin verilir.</translation>
    </message>
    <message>
        <source>period must be one of %1.</source>
        <translation>period şunlardan biri olmalıdır: %1.</translation>
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
        <source>The call was cancelled.</source>
        <translation>Çağrı iptal edildi.</translation>
    </message>
    <message>
        <source>Graph&apos;s rate limit holds calls for this app or Page back; the call was not sent.</source>
        <translation>Graph hız sınırı bu uygulama veya Sayfa için çağrıları bekletiyor; çağrı gönderilmedi.</translation>
    </message>
    <message>
        <source>Graph says it does not exist: an earlier attempt whose answer was lost had already deleted it.</source>
        <translation>Graph bunun mevcut olmadığını söylüyor: yanıtı kaybolan önceki bir deneme onu zaten silmişti.</translation>
    </message>
    <message>
        <source>The call was cancelled after its request was sent (%1).</source>
        <translation>Çağrı, isteği gönderildikten sonra iptal edildi (%1).</translation>
    </message>
</context>
<context>
    <name>mdesk::api::GraphError</name>
    <message>
        <source>Graph answered with HTTP %1 and no message.</source>
        <translation>Graph HTTP %1 ile ve mesajsız yanıt verdi.</translation>
    </message>
    <message>
        <source>Graph may have applied this; check before you send it again.</source>
        <translation>Graph bunu uygulamış olabilir; yeniden göndermeden önce kontrol edin.</translation>
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
    <name>mdesk::api::GraphVersions</name>
    <message>
        <source>%1, ended %2</source>
        <translation>%1, %2 tarihinde sona erdi</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, %2 tarihine kadar</translation>
    </message>
    <message numerus="yes">
        <source>Graph API %1 ends on %2 (in %n day(s)); move this app to %3 before then.</source>
        <translation>
            <numerusform>Graph API %1 %2 tarihinde sona eriyor (%n gün sonra); bu uygulamayı o tarihten önce %3 sürümüne taşıyın.</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph API %1 ended on %2: Graph now serves its calls as %3, the oldest version still available, so behaviour may differ.</source>
        <translation>Graph API %1 %2 tarihinde sona erdi: Graph artık çağrılarını hâlâ kullanılabilen en eski sürüm olan %3 olarak yanıtlıyor, bu nedenle davranış farklı olabilir.</translation>
    </message>
    <message>
        <source>Graph API %1 is no longer available: Graph serves its calls as %2, the oldest version still available, so behaviour may differ.</source>
        <translation>Graph API %1 artık kullanılamıyor: Graph çağrılarını hâlâ kullanılabilen en eski sürüm olan %2 olarak yanıtlıyor, bu nedenle davranış farklı olabilir.</translation>
    </message>
</context>
<context>
    <name>mdesk::api::InsightsMetrics</name>
    <message>
        <source>Messaging connections</source>
        <translation>Mesajlaşma bağlantıları</translation>
    </message>
    <message>
        <source>People the Page can message at the end of the day.</source>
        <translation>Günün sonunda Sayfanın mesaj gönderebildiği kişiler.</translation>
    </message>
    <message>
        <source>New conversations</source>
        <translation>Yeni konuşmalar</translation>
    </message>
    <message>
        <source>Conversations started by people who had never messaged the Page.</source>
        <translation>Sayfaya daha önce hiç yazmamış kişilerin başlattığı konuşmalar.</translation>
    </message>
    <message>
        <source>Blocked conversations</source>
        <translation>Engellenen konuşmalar</translation>
    </message>
    <message>
        <source>Conversations in which people blocked the Page.</source>
        <translation>Kişilerin Sayfayı engellediği konuşmalar.</translation>
    </message>
    <message>
        <source>Reported conversations</source>
        <translation>Şikâyet edilen konuşmalar</translation>
    </message>
    <message>
        <source>Conversations people reported, for example as spam.</source>
        <translation>Kişilerin örneğin spam olarak şikâyet ettiği konuşmalar.</translation>
    </message>
    <message>
        <source>Reported conversations by type</source>
        <translation>Türe göre şikâyet edilen konuşmalar</translation>
    </message>
    <message>
        <source>Reported conversations split into spam, inappropriate and other.</source>
        <translation>Spam, uygunsuz ve diğer olarak ayrılmış şikâyet edilen konuşmalar.</translation>
    </message>
    <message>
        <source>Active threads</source>
        <translation>Etkin konuşmalar</translation>
    </message>
    <message>
        <source>Conversations with at least one message in the period.</source>
        <translation>Dönem içinde en az bir mesaj olan konuşmalar.</translation>
    </message>
    <message>
        <source>Feedback by action</source>
        <translation>Eyleme göre geri bildirim</translation>
    </message>
    <message>
        <source>People&apos;s feedback on the Page&apos;s messages, by action.</source>
        <translation>Kişilerin Sayfanın mesajlarına eyleme göre geri bildirimi.</translation>
    </message>
    <message>
        <source>Open conversations</source>
        <translation>Açık konuşmalar</translation>
    </message>
    <message>
        <source>Conversations open at the end of the period.</source>
        <translation>Dönem sonunda açık olan konuşmalar.</translation>
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
    <name>mdesk::api::ParamCheck</name>
    <message>
        <source>The field &quot;%1&quot; must be an object with exactly one of: %2; not %3.</source>
        <translation>&quot;%1&quot; alanı şunlardan tam olarak birini içeren bir nesne olmalıdır: %2; %3 değil.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; goes only with a phone_number recipient.</source>
        <translation>&quot;%1&quot; alanı yalnızca phone_number alıcısıyla kullanılır.</translation>
    </message>
    <message>
        <source>The recipient does not take &quot;%1&quot;; give exactly one of: %2 (and a name with phone_number).</source>
        <translation>Alıcı &quot;%1&quot; almaz; şunlardan tam olarak birini verin: %2 (phone_number ile birlikte bir name).</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a PSID (digits), not %2.</source>
        <translation>&quot;%1&quot; alanı bir PSID (rakamlar) olmalıdır, %2 değil.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a plain id such as &quot;123_456&quot;, not %2.</source>
        <translation>&quot;%1&quot; alanı &quot;123_456&quot; gibi düz bir kimlik olmalıdır, %2 değil.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be text, not %2.</source>
        <translation>&quot;%1&quot; alanı metin olmalıdır, %2 değil.</translation>
    </message>
    <message>
        <source>The recipient needs exactly one of: %1.</source>
        <translation>Alıcının şunlardan tam olarak birine ihtiyacı var: %1.</translation>
    </message>
    <message>
        <source>The recipient has %1; give exactly one of: %2.</source>
        <translation>Alıcıda %1 var; şunlardan tam olarak birini verin: %2.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be an id: digits such as &quot;1234567890&quot;, not %2.</source>
        <translation>&quot;%1&quot; alanı bir kimlik olmalıdır: &quot;1234567890&quot; gibi rakamlar, %2 değil.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a PSID (a page-scoped user id of digits), not %2.</source>
        <translation>&quot;%1&quot; alanı bir PSID (rakamlardan oluşan sayfaya özgü kullanıcı kimliği) olmalıdır, %2 değil.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a plain id without /, ?, # or spaces, not %2.</source>
        <translation>&quot;%1&quot; alanı /, ?, # veya boşluk içermeyen düz bir kimlik olmalıdır, %2 değil.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a paging cursor (text), not %2.</source>
        <translation>&quot;%1&quot; alanı bir sayfalama imleci (metin) olmalıdır, %2 değil.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be an http:// or https:// URL, not %2.</source>
        <translation>&quot;%1&quot; alanı http:// veya https:// ile başlayan bir URL olmalıdır, %2 değil.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be one of %2, not %3.</source>
        <translation>&quot;%1&quot; alanı şunlardan biri olmalıdır: %2; %3 değil.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a list of names (a JSON list of text or comma-separated text), not %2.</source>
        <translation>&quot;%1&quot; alanı bir ad listesi olmalıdır (metinlerden oluşan bir JSON listesi veya virgülle ayrılmış metin), %2 değil.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be true or false, not %2.</source>
        <translation>&quot;%1&quot; alanı true veya false olmalıdır, %2 değil.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a whole number from %2 to %3, not %4.</source>
        <translation>&quot;%1&quot; alanı %2 ile %3 arasında bir tam sayı olmalıdır, %4 değil.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be Unix seconds or a date such as 2026-01-31, not %2.</source>
        <translation>&quot;%1&quot; alanı Unix saniyesi veya 2026-01-31 gibi bir tarih olmalıdır, %2 değil.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a JSON object, not %2.</source>
        <translation>&quot;%1&quot; alanı bir JSON nesnesi olmalıdır, %2 değil.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a JSON list, not %2.</source>
        <translation>&quot;%1&quot; alanı bir JSON listesi olmalıdır, %2 değil.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be {&quot;id&quot;: PSID} with the PSID as digits, not %2.</source>
        <translation>&quot;%1&quot; alanı, PSID rakamlardan oluşan {&quot;id&quot;: PSID} olmalıdır, %2 değil.</translation>
    </message>
</context>
<context>
    <name>mdesk::api::WaitNotice</name>
    <message>
        <source>Waiting %1 s for Graph&apos;s rate limit, until %2.</source>
        <translation>Graph&apos;ın hız sınırı için %1 sn bekleniyor, %2 saatine kadar.</translation>
    </message>
    <message>
        <source>Waiting %1 s before trying again, until %2.</source>
        <translation>Yeniden denemeden önce %1 sn bekleniyor, %2 saatine kadar.</translation>
    </message>
    <message>
        <source>Graph expects to allow calls again at %1 (in %2 min); that is longer than this call may wait, so it stopped. Run it again after that time.</source>
        <translation>Graph çağrılara %1 saatinde (%2 dk sonra) yeniden izin vermeyi bekliyor; bu, bu çağrının bekleyebileceğinden uzun olduğu için çağrı durduruldu. O saatten sonra yeniden çalıştırın.</translation>
    </message>
</context>
<context>
    <name>mdesk::app::KeychainBackendLoader</name>
    <message>
        <source>The keychain module %1 could not be loaded (%2), so no secret can be stored or read.</source>
        <translation>Anahtarlık modülü %1 yüklenemedi (%2); bu nedenle hiçbir gizli bilgi saklanamaz veya okunamaz.</translation>
    </message>
    <message>
        <source>The keychain module is not installed (looked for %1), so no secret can be stored or read.</source>
        <translation>Anahtarlık modülü yüklü değil (%1 konumlarında arandı); bu nedenle hiçbir gizli bilgi saklanamaz veya okunamaz.</translation>
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
    <name>mdesk::app::cli::AudienceCommand</name>
    <message>
        <source>Use: audience sync | audience list [--label ID] [--open] | audience import FILE [--skip-bad].</source>
        <translation>Kullanım: audience sync | audience list [--label ID] [--open] | audience import DOSYA [--skip-bad].</translation>
    </message>
    <message>
        <source>--label and --open belong to &quot;audience list&quot;.</source>
        <translation>--label ve --open &quot;audience list&quot; içindir.</translation>
    </message>
    <message>
        <source>--skip-bad belongs to &quot;audience import&quot;.</source>
        <translation>--skip-bad &quot;audience import&quot; içindir.</translation>
    </message>
    <message>
        <source>--page-size belongs to &quot;audience sync&quot;.</source>
        <translation>--page-size &quot;audience sync&quot; içindir.</translation>
    </message>
    <message>
        <source>--page-size expects a number from 1 to 100, not &quot;%1&quot;.</source>
        <translation>--page-size 1 ile 100 arasında bir sayı bekler, &quot;%1&quot; değil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label id.</source>
        <translation>&quot;%1&quot; bir etiket kimliği değil.</translation>
    </message>
    <message>
        <source>audience sync: %1 threads read, %2 new or changed</source>
        <translation>audience sync: %1 konuşma okundu, %2 yeni veya değişmiş</translation>
    </message>
    <message>
        <source>%1 What was read is kept; the next &quot;audience sync&quot; resumes.</source>
        <translation>%1 Okunanlar saklandı; bir sonraki &quot;audience sync&quot; kaldığı yerden devam eder.</translation>
    </message>
    <message>
        <source>The contacts cannot be read: %1</source>
        <translation>Kişiler okunamıyor: %1</translation>
    </message>
    <message>
        <source>The import cannot start: %1</source>
        <translation>İçe aktarma başlatılamıyor: %1</translation>
    </message>
    <message>
        <source>%1:%2: &quot;%3&quot; is not a PSID (a PSID is digits only).</source>
        <translation>%1:%2: &quot;%3&quot; bir PSID değil (PSID yalnızca rakamlardan oluşur).</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>İçe aktarma başarısız oldu: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more bad lines are not shown.</source>
        <translation>
            <numerusform>%n hatalı satır daha gösterilmiyor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n bad lines; nothing was imported. Fix them, or pass --skip-bad to import the good lines.</source>
        <translation>
            <numerusform>%1 dosyasında %n hatalı satır var; hiçbir şey içe aktarılmadı. Satırları düzeltin ya da geçerli satırları içe aktarmak için --skip-bad verin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::BroadcastCommand</name>
    <message>
        <source>Use: broadcast send --message-file F (--label ID | --psids FILE | --all-open) [--name N] [--dry-run], broadcast resume ID, broadcast list or broadcast report ID [--csv].</source>
        <translation>Kullanım: broadcast send --message-file F (--label ID | --psids FILE | --all-open) [--name N] [--dry-run], broadcast resume ID, broadcast list veya broadcast report ID [--csv].</translation>
    </message>
    <message>
        <source>The local store cannot be used: %1</source>
        <translation>Yerel depo kullanılamıyor: %1</translation>
    </message>
    <message>
        <source>broadcast send takes no further arguments: %1</source>
        <translation>broadcast send başka argüman almaz: %1</translation>
    </message>
    <message>
        <source>broadcast send needs --message-file F (a Send API message object).</source>
        <translation>broadcast send için --message-file F (bir Send API message nesnesi) gerekir.</translation>
    </message>
    <message>
        <source>Choose exactly one audience: --label ID, --psids FILE or --all-open.</source>
        <translation>Tam olarak bir hedef kitle seçin: --label ID, --psids FILE veya --all-open.</translation>
    </message>
    <message>
        <source>The message file is not a JSON object: %1 at offset %2.</source>
        <translation>Mesaj dosyası bir JSON nesnesi değil: %2 konumunda %1.</translation>
    </message>
    <message>
        <source>message.%1: %2</source>
        <translation>message.%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The message has %n fault(s); nothing was sent.</source>
        <translation>
            <numerusform>Mesajda %n hata var; hiçbir şey gönderilmedi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broadcast of %1</source>
        <translation>%1 tarihli yayın</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label id.</source>
        <translation>&quot;%1&quot; bir etiket kimliği değil.</translation>
    </message>
    <message>
        <source>Line %1 of the PSID file is not a PSID: &quot;%2&quot;.</source>
        <translation>PSID dosyasının %1. satırı bir PSID değil: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The PSID file holds no PSIDs (one per line).</source>
        <translation>PSID dosyasında PSID yok (her satıra bir tane).</translation>
    </message>
    <message>
        <source>The Page has no label %1 (%2); nothing was sent.</source>
        <translation>Sayfada %1 etiketi yok (%2); hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>The audience holds nobody the app knows; nothing was sent.</source>
        <translation>Hedef kitlede uygulamanın tanıdığı kimse yok; hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>broadcast %1</source>
        <translation>yayın %1</translation>
    </message>
    <message>
        <source>broadcast %1: %2 of %3 done</source>
        <translation>yayın %1: %3 kişiden %2 tamamlandı</translation>
    </message>
    <message>
        <source>broadcast %1: %2 of %3 done, about %4 s left</source>
        <translation>yayın %1: %3 kişiden %2 tamamlandı, yaklaşık %4 sn kaldı</translation>
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
    <message>
        <source>The --input value is not valid UTF-8; nothing was sent.</source>
        <translation>--input değeri geçerli UTF-8 değil; hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>The --input value is larger than %1, the limit for a call input; nothing was sent.</source>
        <translation>--input değeri, bir çağrı girdisi için sınır olan %1 değerinden büyük; hiçbir şey gönderilmedi.</translation>
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
        <translation>Sanal ortam 127.0.0.1 üzerinde dinleyemedi: %1</translation>
    </message>
    <message>
        <source>No page is set up: add one with &quot;account add-page&quot;, pass --page APP_ID/PAGE_ID with MESSENGER_DESK_PAGE_TOKEN, or use --sandbox.</source>
        <translation>Kurulu bir sayfa yok: &quot;account add-page&quot; ile bir sayfa ekleyin, MESSENGER_DESK_PAGE_TOKEN ile --page APP_ID/PAGE_ID verin ya da --sandbox kullanın.</translation>
    </message>
    <message>
        <source>Several pages are set up; choose one with --page APP_ID/PAGE_ID.</source>
        <translation>Birden çok sayfa kurulu; --page APP_ID/PAGE_ID ile birini seçin.</translation>
    </message>
    <message>
        <source>The Graph URL &quot;%1&quot; from %2 is refused: use https, or http only to a loopback host.</source>
        <translation>%2 kaynağından gelen &quot;%1&quot; Graph URL&apos;si reddedildi: https kullanın veya http&apos;yi yalnızca bir geri döngü (loopback) sunucusu için kullanın.</translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::CliRunner</name>
    <message>
        <source>--%1 expects a number of seconds above 0 and up to %2, got &quot;%3&quot;.</source>
        <translation>--%1, 0&apos;dan büyük ve en fazla %2 olan bir saniye sayısı bekliyor, verilen: &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The command did not finish within --deadline %1 seconds; it was stopped.</source>
        <translation>Komut --deadline %1 saniye içinde bitmedi; durduruldu.</translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::CliStorageLoader</name>
    <message>
        <source>The store module %1 could not be loaded (%2), so the local database and the sandbox cannot be used.</source>
        <translation>Veritabanı modülü %1 yüklenemedi (%2); bu nedenle yerel veritabanı ve sanal ortam kullanılamaz.</translation>
    </message>
    <message>
        <source>The store module is not installed (looked for %1), so the local database and the sandbox cannot be used.</source>
        <translation>Veritabanı modülü yüklü değil (%1 konumlarında arandı); bu nedenle yerel veritabanı ve sanal ortam kullanılamaz.</translation>
    </message>
</context>
<context>
    <name>mdesk::app::cli::InsightsCommand</name>
    <message>
        <source>Use: insights export --metrics A,B [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--period day|week|days_28] [--format csv|json].</source>
        <translation>Kullanım: insights export --metrics A,B [--since YYYY-AA-GG] [--until YYYY-AA-GG] [--period day|week|days_28] [--format csv|json].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a metric name.</source>
        <translation>&quot;%1&quot; bir ölçüt adı değil.</translation>
    </message>
    <message>
        <source>Name at least one metric with --metrics, for example --metrics %1.</source>
        <translation>--metrics ile en az bir ölçüt belirtin, örneğin --metrics %1.</translation>
    </message>
    <message>
        <source>The period must be day, week or days_28, not &quot;%1&quot;.</source>
        <translation>Dönem day, week veya days_28 olmalı, &quot;%1&quot; değil.</translation>
    </message>
    <message>
        <source>The format must be csv or json, not &quot;%1&quot;.</source>
        <translation>Biçim csv veya json olmalı, &quot;%1&quot; değil.</translation>
    </message>
    <message>
        <source>--until must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--until YYYY-AA-GG biçiminde bir tarih olmalı, &quot;%1&quot; değil.</translation>
    </message>
    <message>
        <source>--since must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--since YYYY-AA-GG biçiminde bir tarih olmalı, &quot;%1&quot; değil.</translation>
    </message>
    <message>
        <source>--since (%1) must be before --until (%2); until is exclusive.</source>
        <translation>--since (%1), --until (%2) tarihinden önce olmalı; until dahil değildir.</translation>
    </message>
    <message>
        <source>Graph keeps insights for two years and counts only complete days: exporting %1 to %2 (until exclusive).</source>
        <translation>Graph istatistikleri iki yıl saklar ve yalnızca tamamlanmış günleri sayar: %1 ile %2 arası aktarılıyor (%2 hariç).</translation>
    </message>
    <message>
        <source>%1 was not exported: %2</source>
        <translation>%1 dışa aktarılmadı: %2</translation>
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
    <message>
        <source>%1 of %2 PSIDs may have been applied (&quot;unknown&quot; in the report): Graph may have applied this; check before you send it again.</source>
        <translation>%2 PSID&apos;den %1 tanesi uygulanmış olabilir (raporda &quot;unknown&quot;): Graph bunu uygulamış olabilir; yeniden göndermeden önce kontrol edin.</translation>
    </message>
    <message>
        <source>The job stopped early: %1</source>
        <translation>İş erken durdu: %1</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not a PSID (a PSID is digits only): &quot;%3&quot;; nothing was sent.</source>
        <translation>%2 dosyasının %1. satırı bir PSID değil (PSID yalnızca rakamlardan oluşur): &quot;%3&quot;; hiçbir şey gönderilmedi.</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate PSID(s) in the list were dropped.</source>
        <translation>
            <numerusform>Listedeki %n yinelenen PSID atıldı.</numerusform>
        </translation>
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
    <message>
        <source>Use: profile export [FILE] | profile diff FILE | profile apply FILE [--dry-run] [--prune].</source>
        <translation>Kullanım: profile export [DOSYA] | profile diff DOSYA | profile apply DOSYA [--dry-run] [--prune].</translation>
    </message>
    <message>
        <source>--dry-run and --prune go with profile apply.</source>
        <translation>--dry-run ve --prune, profile apply ile kullanılır.</translation>
    </message>
    <message>
        <source>The profile file %1 is empty; applying it would clear every field of the page. Nothing was sent.</source>
        <translation>%1 profil dosyası boş; uygulanması sayfanın tüm alanlarını temizlerdi. Hiçbir şey gönderilmedi.</translation>
    </message>
    <message numerus="yes">
        <source>%1 would clear %n field(s) the page has: %2. Nothing was sent; pass --prune to clear them.</source>
        <translation>
            <numerusform>%1, sayfanın %n alanını temizlerdi: %2. Hiçbir şey gönderilmedi; temizlemek için --prune verin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would clear %n field(s) the page has: %2; apply needs --prune for that.</source>
        <translation>
            <numerusform>%1, sayfanın %n alanını temizlerdi: %2; apply bunun için --prune gerektirir.</numerusform>
        </translation>
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
        <source>--%1 expects a JSON object.</source>
        <translation>--%1 bir JSON nesnesi bekler.</translation>
    </message>
    <message>
        <source>--faults: %1</source>
        <translation>--faults: %1</translation>
    </message>
    <message>
        <source>Use: sandbox serve [--port N] [--contacts N] [--faults JSON] [--budget JSON] [--profile-limit].</source>
        <translation>Kullanım: sandbox serve [--port N] [--contacts N] [--faults JSON] [--budget JSON] [--profile-limit].</translation>
    </message>
    <message>
        <source>--contacts expects a number of people per page from 0 to %1, not &quot;%2&quot;.</source>
        <translation>--contacts sayfa başına 0 ile %1 arasında bir kişi sayısı bekler, &quot;%2&quot; değil.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::AttachmentShelf</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 okunamıyor: %2.</translation>
    </message>
    <message>
        <source>%1 days old; expired %2 days ago, Graph no longer knows it.</source>
        <translation>%1 günlük; %2 gün önce süresi doldu, Graph artık bunu tanımıyor.</translation>
    </message>
    <message>
        <source>%1 days old; expires in %2 days (%3).</source>
        <translation>%1 günlük; %2 gün içinde süresi doluyor (%3).</translation>
    </message>
</context>
<context>
    <name>mdesk::models::BoundedFileReader</name>
    <message>
        <source>a call input</source>
        <translation>bir çağrı girdisi</translation>
    </message>
    <message>
        <source>a profile file</source>
        <translation>bir profil dosyası</translation>
    </message>
    <message>
        <source>a menu file</source>
        <translation>bir menü dosyası</translation>
    </message>
    <message>
        <source>a message file</source>
        <translation>bir mesaj dosyası</translation>
    </message>
    <message>
        <source>a secret</source>
        <translation>bir gizli anahtar</translation>
    </message>
    <message>
        <source>a PSID list</source>
        <translation>bir PSID listesi</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the limit for %3; nothing was read.</source>
        <translation>%1, %3 için sınır olan %2 değerinden büyük; hiçbir şey okunmadı.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 okunamıyor: %2.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is longer than %3 bytes, the limit for one line of a PSID list; nothing was read.</source>
        <translation>%2 dosyasının %1. satırı, bir PSID listesinin bir satırı için sınır olan %3 bayttan uzun; hiçbir şey okunmadı.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 PSIDs, the limit for one PSID list; nothing was read.</source>
        <translation>%1, bir PSID listesi için sınır olan %2 PSID&apos;den fazlasını içeriyor; hiçbir şey okunmadı.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::BroadcastBook</name>
    <message>
        <source>Broadcast %1 is being sent by another window or command right now.</source>
        <translation>%1 numaralı yayın şu anda başka bir pencere veya komut tarafından gönderiliyor.</translation>
    </message>
    <message>
        <source>The broadcast could not be stored in the local store.</source>
        <translation>Yayın yerel depoya kaydedilemedi.</translation>
    </message>
    <message>
        <source>There is no broadcast %1 for this Page.</source>
        <translation>Bu Sayfa için %1 numaralı yayın yok.</translation>
    </message>
    <message numerus="yes">
        <source>the journal marked none of %n person(s) as sending</source>
        <translation>
            <numerusform>günlük %n kişiden hiçbirini gönderiliyor olarak işaretlemedi</numerusform>
        </translation>
    </message>
    <message>
        <source>a result could not be recorded</source>
        <translation>bir sonuç kaydedilemedi</translation>
    </message>
    <message>
        <source>the broadcast&apos;s state could not be stored</source>
        <translation>yayının durumu kaydedilemedi</translation>
    </message>
</context>
<context>
    <name>mdesk::models::BroadcastRunner</name>
    <message>
        <source>no row could be marked</source>
        <translation>hiçbir satır işaretlenemedi</translation>
    </message>
    <message>
        <source>The broadcast journal could not be written (%1); nothing more is sent.</source>
        <translation>Yayın günlüğü yazılamadı (%1); başka bir şey gönderilmiyor.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::CallCommandLines</name>
    <message>
        <source>The request of %1 has no URL to show.</source>
        <translation>%1 isteğinin gösterilecek bir URL&apos;si yok.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::ContactTableModel</name>
    <message>
        <source>never</source>
        <translation>hiç</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>kapalı</translation>
    </message>
    <message>
        <source>open, %1 h %2 min left</source>
        <translation>açık, %1 sa %2 dk kaldı</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>ulaşılamaz</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>engellendi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>PSID</source>
        <translation>PSID</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Son mesaj</translation>
    </message>
    <message>
        <source>24-hour window</source>
        <translation>24 saatlik pencere</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Ulaşılabilir</translation>
    </message>
</context>
<context>
    <name>mdesk::models::ConversationSync</name>
    <message>
        <source>The local store could not be updated: %1</source>
        <translation>Yerel depo güncellenemedi: %1</translation>
    </message>
    <message>
        <source>Reading the conversations failed: %1</source>
        <translation>Konuşmalar okunamadı: %1</translation>
    </message>
    <message>
        <source>Reading the Page&apos;s conversations, newest first...</source>
        <translation>Sayfanın konuşmaları okunuyor, en yenisi önce...</translation>
    </message>
    <message>
        <source>%1 conversations read, %2 new or changed.</source>
        <translation>%1 konuşma okundu, %2 yeni veya değişmiş.</translation>
    </message>
    <message>
        <source>Sync done: %1 conversations read, %2 new or changed.</source>
        <translation>Eşitleme bitti: %1 konuşma okundu, %2 yeni veya değişmiş.</translation>
    </message>
    <message>
        <source>Sync cancelled; what was read is kept and the next sync goes on from there.</source>
        <translation>Eşitleme iptal edildi; okunanlar saklanır ve sonraki eşitleme oradan devam eder.</translation>
    </message>
    <message>
        <source>Sync failed: %1 What was read is kept.</source>
        <translation>Eşitleme başarısız: %1 Okunanlar saklanır.</translation>
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
    <name>mdesk::models::Eligibility</name>
    <message>
        <source>%n can be reached now</source>
        <translation>%n kişiye şimdi ulaşılabilir</translation>
    </message>
    <message>
        <source>%n outside the 24-hour window (the most recent closed at %1; a window reopens when the person writes again)</source>
        <translation>%n kişi 24 saatlik pencerenin dışında (en son kapanan %1 tarihinde kapandı; kişi yeniden yazınca pencere yeniden açılır)</translation>
    </message>
    <message>
        <source>%n outside the 24-hour window (they never wrote to the Page)</source>
        <translation>%n kişi 24 saatlik pencerenin dışında (Sayfaya hiç yazmadılar)</translation>
    </message>
    <message>
        <source>%n unavailable</source>
        <translation>%n kişiye ulaşılamıyor</translation>
    </message>
    <message>
        <source>%n unknown to the app (no conversation synced)</source>
        <translation>%n kişi uygulamaca bilinmiyor (eşitlenmiş konuşma yok)</translation>
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
    <message>
        <source>Earlier runs</source>
        <translation>Önceki çalıştırmalar</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Bu çalıştırma</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from the local database</source>
        <translation>
            <numerusform>Yerel veritabanından %n olay</numerusform>
        </translation>
    </message>
    <message>
        <source>Events since this window opened</source>
        <translation>Bu pencere açıldığından beri olaylar</translation>
    </message>
    <message>
        <source>Events of earlier runs of Messenger Desk and of the command line, kept in the local database.</source>
        <translation>Messenger Desk&apos;in ve komut satırının önceki çalıştırmalarına ait, yerel veritabanında saklanan olaylar.</translation>
    </message>
    <message>
        <source>Events of this run.</source>
        <translation>Bu çalıştırmanın olayları.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::GraphFailureText</name>
    <message>
        <source>The app or the Page lacks a permission for this, so Graph refused it; trying again will not help until the permission is granted.</source>
        <translation>Uygulamanın veya Sayfanın bunun için izni yok, bu yüzden Graph reddetti; izin verilene kadar yeniden denemek işe yaramaz.</translation>
    </message>
    <message>
        <source>Graph refused a value as invalid; correct it and try again.</source>
        <translation>Graph bir değeri geçersiz diye reddetti; düzeltip yeniden deneyin.</translation>
    </message>
    <message>
        <source>Graph did not answer in time; nothing was changed by a read, so you can try again.</source>
        <translation>Graph zamanında yanıt vermedi; okuma hiçbir şeyi değiştirmez, yeniden deneyebilirsiniz.</translation>
    </message>
    <message>
        <source>No usable answer came after the request left.</source>
        <translation>İstek gönderildikten sonra kullanılabilir bir yanıt gelmedi.</translation>
    </message>
    <message>
        <source>The Page token is invalid or expired; add a new one in Accounts.</source>
        <translation>Sayfa belirteci geçersiz veya süresi dolmuş; Hesaplar&apos;da yenisini ekleyin.</translation>
    </message>
    <message>
        <source>Graph&apos;s rate limit was reached; nothing was done, try again later.</source>
        <translation>Graph&apos;ın hız sınırına ulaşıldı; hiçbir şey yapılmadı, daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>Graph could not be reached.</source>
        <translation>Graph&apos;a ulaşılamadı.</translation>
    </message>
    <message>
        <source>Graph had a problem of its own; try again later.</source>
        <translation>Graph&apos;ın kendi sorunu oldu; daha sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>This operation is no longer served on this Graph version.</source>
        <translation>Bu işlem bu Graph sürümünde artık sunulmuyor.</translation>
    </message>
    <message>
        <source>The input was refused before sending; nothing was sent.</source>
        <translation>Girdi gönderilmeden önce reddedildi; hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>It was cancelled before anything was sent.</source>
        <translation>Bir şey gönderilmeden iptal edildi.</translation>
    </message>
    <message>
        <source>Graph refused it.</source>
        <translation>Graph reddetti.</translation>
    </message>
    <message>
        <source>Graph said: %1</source>
        <translation>Graph&apos;ın yanıtı: %1</translation>
    </message>
    <message>
        <source>The upload was cancelled before the file left; nothing was sent.</source>
        <translation>Yükleme, dosya gönderilmeden önce iptal edildi; hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>Graph may have kept the file; no attachment id came back, so upload it again if you need one.</source>
        <translation>Graph dosyayı saklamış olabilir; ek kimliği geri gelmedi, bir kimliğe ihtiyacınız varsa dosyayı yeniden yükleyin.</translation>
    </message>
    <message>
        <source>The file was not uploaded.</source>
        <translation>Dosya yüklenmedi.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::InputCheck</name>
    <message>
        <source>There is no operation called &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; adında bir işlem yok.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::LabelCallRecorder</name>
    <message>
        <source>The label index could not be updated: %1</source>
        <translation>Etiket dizini güncellenemedi: %1</translation>
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
    <name>mdesk::models::MessagingPolicy</name>
    <message>
        <source>The tag %1 was retired in 2026 (reported 2026-04-27); only HUMAN_AGENT is left.</source>
        <translation>%1 etiketi 2026&apos;da kaldırıldı (2026-04-27&apos;de bildirildi); yalnızca HUMAN_AGENT kaldı.</translation>
    </message>
    <message>
        <source>The tag %1 does not exist; only HUMAN_AGENT is left.</source>
        <translation>%1 etiketi yok; yalnızca HUMAN_AGENT kaldı.</translation>
    </message>
    <message>
        <source>HUMAN_AGENT is for a person answering one person; it cannot go to %1 people at once.</source>
        <translation>HUMAN_AGENT bir kişiye yanıt veren bir insan içindir; aynı anda %1 kişiye gidemez.</translation>
    </message>
    <message>
        <source>A MESSAGE_TAG message needs a tag.</source>
        <translation>MESSAGE_TAG mesajı bir etiket gerektirir.</translation>
    </message>
    <message>
        <source>A tag goes with the messaging type MESSAGE_TAG.</source>
        <translation>Etiket, MESSAGE_TAG mesaj türüyle kullanılır.</translation>
    </message>
    <message>
        <source>A broadcast uses the messaging type UPDATE (inside the 24-hour window) or MESSAGE_TAG with HUMAN_AGENT.</source>
        <translation>Yayın, UPDATE (24 saatlik pencere içinde) veya HUMAN_AGENT ile MESSAGE_TAG mesaj türünü kullanır.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::OneRecipient</name>
    <message>
        <source>PSID (a person who wrote to the Page)</source>
        <translation>PSID (Sayfaya yazmış bir kişi)</translation>
    </message>
    <message>
        <source>user_ref (checkbox or chat plugin)</source>
        <translation>user_ref (onay kutusu veya sohbet eklentisi)</translation>
    </message>
    <message>
        <source>Phone number (customer matching)</source>
        <translation>Telefon numarası (müşteri eşleştirme)</translation>
    </message>
    <message>
        <source>Post (private reply)</source>
        <translation>Gönderi (özel yanıt)</translation>
    </message>
    <message>
        <source>Comment (private reply)</source>
        <translation>Yorum (özel yanıt)</translation>
    </message>
    <message>
        <source>Recurring notification token</source>
        <translation>Yinelenen bildirim belirteci</translation>
    </message>
    <message>
        <source>One-time notification token</source>
        <translation>Tek seferlik bildirim belirteci</translation>
    </message>
    <message>
        <source>Digits, e.g. 2460000000000017</source>
        <translation>Rakamlar, örn. 2460000000000017</translation>
    </message>
    <message>
        <source>International format, e.g. +4930123456</source>
        <translation>Uluslararası biçim, örn. +4930123456</translation>
    </message>
    <message>
        <source>An id such as 123_456</source>
        <translation>123_456 gibi bir kimlik</translation>
    </message>
    <message>
        <source>The token or reference as your plugin gave it</source>
        <translation>Eklentinizin verdiği belirteç veya referans</translation>
    </message>
    <message>
        <source>Choose how the recipient is named.</source>
        <translation>Alıcının nasıl belirtileceğini seçin.</translation>
    </message>
    <message>
        <source>Enter the recipient.</source>
        <translation>Alıcıyı girin.</translation>
    </message>
    <message>
        <source>A PSID is digits only.</source>
        <translation>Bir PSID yalnızca rakamlardan oluşur.</translation>
    </message>
    <message>
        <source>A phone number starts with + and the country code, then 7 to 15 digits in all, without spaces.</source>
        <translation>Telefon numarası + ve ülke koduyla başlar, toplam 7 ila 15 rakam, boşluksuz.</translation>
    </message>
    <message>
        <source>A post or comment id is digits, or two numbers joined by _ (123_456).</source>
        <translation>Gönderi veya yorum kimliği rakamlardan ya da _ ile birleştirilmiş iki sayıdan oluşur (123_456).</translation>
    </message>
    <message>
        <source>The recipient has no spaces.</source>
        <translation>Alıcı boşluk içermez.</translation>
    </message>
    <message>
        <source>A name goes only with a phone number.</source>
        <translation>Ad yalnızca telefon numarasıyla birlikte verilir.</translation>
    </message>
    <message>
        <source>A name is at most 100 characters.</source>
        <translation>Ad en fazla 100 karakterdir.</translation>
    </message>
    <message>
        <source>MESSAGE_TAG needs a tag; only HUMAN_AGENT is left.</source>
        <translation>MESSAGE_TAG bir etiket gerektirir; yalnızca HUMAN_AGENT kaldı.</translation>
    </message>
    <message>
        <source>A tag goes only with the messaging type MESSAGE_TAG.</source>
        <translation>Etiket yalnızca MESSAGE_TAG mesaj türüyle kullanılır.</translation>
    </message>
    <message>
        <source>Only the tag HUMAN_AGENT is left.</source>
        <translation>Yalnızca HUMAN_AGENT etiketi kaldı.</translation>
    </message>
    <message>
        <source>HUMAN_AGENT is a person&apos;s reply to someone who wrote to the Page: it needs a PSID.</source>
        <translation>HUMAN_AGENT, Sayfaya yazmış birine bir insanın yanıtıdır: bir PSID gerektirir.</translation>
    </message>
    <message>
        <source>A private reply to a post or comment goes as RESPONSE.</source>
        <translation>Bir gönderiye veya yoruma özel yanıt RESPONSE olarak gider.</translation>
    </message>
    <message>
        <source>UTILITY sends an approved Page message template: choose a button or generic template (open beta, US, VN, TH and PH only).</source>
        <translation>UTILITY onaylı bir Sayfa mesaj şablonu gönderir: bir düğme veya genel şablon seçin (açık beta, yalnızca US, VN, TH ve PH).</translation>
    </message>
    <message>
        <source>Choose a messaging type.</source>
        <translation>Bir mesaj türü seçin.</translation>
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
    <name>mdesk::models::ProfileDraft</name>
    <message>
        <source>%1 is not a Messenger profile field that Graph API %2 serves.</source>
        <translation>%1, Graph API %2 sürümünün sunduğu bir Messenger profil alanı değil.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::ProfileFieldAccess</name>
    <message>
        <source>The feature review could not be read, so %1 stays off.</source>
        <translation>Özellik incelemesi okunamadı, bu yüzden %1 kapalı kalıyor.</translation>
    </message>
    <message>
        <source>%1 needs the feature %2, which the Page has not asked for in its feature review.</source>
        <translation>%1 için %2 özelliği gerekiyor; Sayfa bunu özellik incelemesinde istemedi.</translation>
    </message>
    <message>
        <source>%1 needs the feature %2, which is %3 in the Page&apos;s feature review.</source>
        <translation>%1 için %2 özelliği gerekiyor; bu özellik Sayfanın özellik incelemesinde %3 durumunda.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::ProfileReader</name>
    <message>
        <source>The local store could not be read: %1</source>
        <translation>Yerel depo okunamadı: %1</translation>
    </message>
    <message>
        <source>No profile field is allowed for this Page.</source>
        <translation>Bu Sayfa için hiçbir profil alanına izin verilmiyor.</translation>
    </message>
    <message>
        <source>The profiles could not be stored: %1</source>
        <translation>Profiller kaydedilemedi: %1</translation>
    </message>
</context>
<context>
    <name>mdesk::models::ReplyWindow</name>
    <message>
        <source>The 24-hour window is open for %1 more: the reply goes as RESPONSE.</source>
        <translation>24 saatlik pencere %1 daha açık: yanıt RESPONSE olarak gider.</translation>
    </message>
    <message>
        <source>The 24-hour window closed %1 ago. Only a person&apos;s own reply can go out, tagged HUMAN_AGENT, for %2 more.</source>
        <translation>24 saatlik pencere %1 önce kapandı. Yalnızca bir insanın kendi yanıtı, HUMAN_AGENT etiketiyle, %2 daha gönderilebilir.</translation>
    </message>
    <message>
        <source>This person blocked the Page or left Messenger (551): nothing can be sent.</source>
        <translation>Bu kişi Sayfayı engelledi veya Messenger&apos;dan ayrıldı (551): hiçbir şey gönderilemez.</translation>
    </message>
    <message>
        <source>No message from this person is known, so no window is open: nothing can be sent until they write to the Page.</source>
        <translation>Bu kişiden bilinen bir mesaj yok, bu yüzden açık pencere yok: Sayfaya yazana kadar hiçbir şey gönderilemez.</translation>
    </message>
    <message>
        <source>The person last wrote %1 ago, more than 7 days: nothing can be sent until they write again.</source>
        <translation>Kişi en son %1 önce yazdı, 7 günden fazla: tekrar yazana kadar hiçbir şey gönderilemez.</translation>
    </message>
    <message>
        <source>%n day(s)</source>
        <translation>%n gün</translation>
    </message>
    <message>
        <source>%n h</source>
        <translation>%n sa</translation>
    </message>
    <message>
        <source>%n min</source>
        <translation>%n dk</translation>
    </message>
    <message>
        <source>%n s</source>
        <translation>%n sn</translation>
    </message>
</context>
<context>
    <name>mdesk::models::ReportTableModel</name>
    <message>
        <source>Sent</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Atlandı</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Gönderiliyor</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Bekliyor</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>mesaj %1</translation>
    </message>
    <message>
        <source>The 24-hour window is closed.</source>
        <translation>24 saatlik pencere kapalı.</translation>
    </message>
    <message>
        <source>The person is unavailable.</source>
        <translation>Kişiye ulaşılamıyor.</translation>
    </message>
    <message>
        <source>The app knows no conversation with this person.</source>
        <translation>Uygulama bu kişiyle bir konuşma bilmiyor.</translation>
    </message>
    <message>
        <source>The broadcast was cancelled first.</source>
        <translation>Yayın daha önce iptal edildi.</translation>
    </message>
    <message>
        <source>The app stopped while the request was out; it may have arrived.</source>
        <translation>İstek yoldayken uygulama durdu; ulaşmış olabilir.</translation>
    </message>
    <message>
        <source>(code %1/%2)</source>
        <translation>(kod %1/%2)</translation>
    </message>
    <message>
        <source>(code %1)</source>
        <translation>(kod %1)</translation>
    </message>
    <message>
        <source>[fbtrace_id %1]</source>
        <translation>[fbtrace_id %1]</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>PSID</source>
        <translation>PSID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
</context>
<context>
    <name>mdesk::models::SendVerdict</name>
    <message>
        <source>The request left but no usable answer came; the message may have arrived, so it is not sent again by itself.</source>
        <translation>İstek gitti ama kullanılabilir bir yanıt gelmedi; mesaj ulaşmış olabilir, bu yüzden kendiliğinden yeniden gönderilmez.</translation>
    </message>
    <message>
        <source>Graph refused the message: %1</source>
        <translation>Graph mesajı reddetti: %1</translation>
    </message>
</context>
<context>
    <name>mdesk::models::SingleSend</name>
    <message>
        <source>The message is gone.</source>
        <translation>Mesaj artık yok.</translation>
    </message>
</context>
<context>
    <name>mdesk::models::SpoolIntake</name>
    <message numerus="yes">
        <source>%n event(s) waiting in %1 could not be written to the local database; they wait for the next try: %2</source>
        <translation>
            <numerusform>%1 içinde bekleyen %n olay yerel veritabanına yazılamadı; bir sonraki denemeyi bekliyorlar: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1 were not whole events and were left out.</source>
        <translation>
            <numerusform>%1 dosyasının %n satırı tam bir olay değildi ve atlandı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::models::ThreadListModel</name>
    <message>
        <source>no date</source>
        <translation>tarih yok</translation>
    </message>
    <message>
        <source>%1
%2 · window open</source>
        <translation>%1
%2 · pencere açık</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>PSID %1, conversation %2</source>
        <translation>PSID %1, konuşma %2</translation>
    </message>
</context>
<context>
    <name>mdesk::store::Database</name>
    <message>
        <source>SQLite found damage in the local database %1. The next start checks the whole file and moves it aside if it is damaged.</source>
        <translation>SQLite, %1 yerel veritabanında hasar buldu. Bir sonraki başlangıçta dosyanın tamamı denetlenir ve hasarlıysa kenara taşınır.</translation>
    </message>
    <message>
        <source>The folder %1 for the local database cannot be created.</source>
        <translation>Yerel veritabanı için %1 klasörü oluşturulamıyor.</translation>
    </message>
    <message>
        <source>The local database %1 is damaged and could not be moved aside: %2</source>
        <translation>%1 yerel veritabanı hasarlı ve kenara taşınamadı: %2</translation>
    </message>
    <message>
        <source>The local database %1 was damaged and moved to %2; a new one was created.</source>
        <translation>%1 yerel veritabanı hasarlıydı ve %2 konumuna taşındı; yenisi oluşturuldu.</translation>
    </message>
    <message>
        <source>The local database %1 cannot be opened: %2</source>
        <translation>%1 yerel veritabanı açılamıyor: %2</translation>
    </message>
    <message>
        <source>The local database %1 was made by a newer version of Messenger Desk (schema %2; this version knows up to %3). It was left unchanged.</source>
        <translation>%1 yerel veritabanı Messenger Desk&apos;in daha yeni bir sürümüyle oluşturulmuş (şema %2; bu sürüm en fazla %3 şemasını bilir). Değiştirilmeden bırakıldı.</translation>
    </message>
    <message>
        <source>The local database %1 could not be updated: %2</source>
        <translation>%1 yerel veritabanı güncellenemedi: %2</translation>
    </message>
</context>
<context>
    <name>mdesk::store::EventJournal</name>
    <message numerus="yes">
        <source>%n event(s) could not be written to the local database: %1</source>
        <translation>
            <numerusform>%n olay yerel veritabanına yazılamadı: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::store::EventSpool</name>
    <message numerus="yes">
        <source>%n event(s) could not be written to %1, where the local database takes them from: %2</source>
        <translation>
            <numerusform>%n olay, yerel veritabanının onları aldığı %1 dosyasına yazılamadı: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>%1 klasörü oluşturulamıyor</translation>
    </message>
    <message>
        <source>the file cannot be locked</source>
        <translation>dosya kilitlenemiyor</translation>
    </message>
    <message>
        <source>The events waiting in %1 could not be taken into the local database: %2</source>
        <translation>%1 içinde bekleyen olaylar yerel veritabanına alınamadı: %2</translation>
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
    <name>mdesk::ui::AttachmentsForm</name>
    <message>
        <source>Upload a file or a URL once and send it to many people by its attachment id. Graph keeps reusable ids for 90 days; files may be at most 25 MB.</source>
        <translation>Bir dosyayı veya URL&apos;yi bir kez yükleyin ve ek kimliğiyle birçok kişiye gönderin. Graph yeniden kullanılabilir kimlikleri 90 gün saklar; dosyalar en fazla 25 MB olabilir.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Görsel</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Ses</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Yerel dosya</translation>
    </message>
    <message>
        <source>A file on this computer</source>
        <translation>Bu bilgisayardaki bir dosya</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Dosya seçin</translation>
    </message>
    <message>
        <source>Local &amp;file:</source>
        <translation>Yerel &amp;dosya:</translation>
    </message>
    <message>
        <source>Or an https:// URL Graph fetches the file from</source>
        <translation>Ya da Graph&apos;ın dosyayı alacağı bir https:// URL&apos;si</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Keep a reusable attachment id</source>
        <translation>Yeniden kullanılabilir ek kimliğini sakla</translation>
    </message>
    <message>
        <source>U&amp;pload</source>
        <translation>&amp;Yükle</translation>
    </message>
    <message>
        <source>Reusable attachment ids of this Page</source>
        <translation>Bu Sayfanın yeniden kullanılabilir ek kimlikleri</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Attachment id</source>
        <translation>Ek kimliği</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Yaş</translation>
    </message>
    <message>
        <source>Give the attachment a url or a local file.</source>
        <translation>Eke bir URL veya yerel bir dosya verin.</translation>
    </message>
    <message>
        <source>Choose a file to upload</source>
        <translation>Yüklenecek dosyayı seçin</translation>
    </message>
    <message>
        <source>Uploading %1...</source>
        <translation>%1 yükleniyor...</translation>
    </message>
    <message>
        <source>%1 was uploaded; Graph gave no reusable id.</source>
        <translation>%1 yüklendi; Graph yeniden kullanılabilir kimlik vermedi.</translation>
    </message>
    <message>
        <source>%1 was uploaded as attachment %2; the id is kept for 90 days.</source>
        <translation>%1, %2 eki olarak yüklendi; kimlik 90 gün saklanıyor.</translation>
    </message>
    <message>
        <source>%1 was uploaded as attachment %2, but the local store could not keep the id: note it down.</source>
        <translation>%1, %2 eki olarak yüklendi ama yerel depo kimliği saklayamadı: not alın.</translation>
    </message>
    <message>
        <source>The local store is not open, so no attachment ids are kept.</source>
        <translation>Yerel depo açık değil, bu yüzden ek kimlikleri saklanmıyor.</translation>
    </message>
    <message>
        <source>No reusable attachment ids yet: an upload here or in Labels &amp; Broadcasts keeps its id.</source>
        <translation>Henüz yeniden kullanılabilir ek kimliği yok: burada veya Etiketler ve Yayınlar&apos;da yapılan bir yükleme kimliğini saklar.</translation>
    </message>
    <message numerus="yes">
        <source>%n reusable attachment id(s) kept for this Page.</source>
        <translation>
            <numerusform>Bu Sayfa için %n yeniden kullanılabilir ek kimliği saklanıyor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::ui::AudiencePanel</name>
    <message>
        <source>New conversations per day (first seen by this app)</source>
        <translation>Günlük yeni konuşmalar (bu uygulamanın ilk gördüğü)</translation>
    </message>
    <message>
        <source>People reachable at the end of each day (window open)</source>
        <translation>Her günün sonunda ulaşılabilen kişiler (pencere açık)</translation>
    </message>
    <message>
        <source>People per label</source>
        <translation>Etiket başına kişi</translation>
    </message>
    <message>
        <source>Messaging windows now</source>
        <translation>Şu anki mesajlaşma pencereleri</translation>
    </message>
    <message>
        <source>Safety: blocked and reported conversations per week</source>
        <translation>Güvenlik: haftalık engellenen ve şikâyet edilen konuşmalar</translation>
    </message>
    <message>
        <source>The local store could not be read: %1</source>
        <translation>Yerel depo okunamadı: %1</translation>
    </message>
    <message>
        <source>The local store is not available, so the app has no record of the people this Page talked to.</source>
        <translation>Yerel depo kullanılamıyor; bu yüzden uygulamada bu Sayfanın konuştuğu kişilerin kaydı yok.</translation>
    </message>
    <message>
        <source>%1 people known to this app; %2 unavailable (they blocked the Page or left); %3 blocked.</source>
        <translation>Bu uygulamanın bildiği %1 kişi; %2 ulaşılamaz (Sayfayı engelledi veya ayrıldı); %3 engellendi.</translation>
    </message>
    <message>
        <source>The app knows nobody this Page talked to yet: sync the conversations or import PSIDs in Labels &amp; Broadcasts.</source>
        <translation>Uygulama bu Sayfanın konuştuğu kimseyi henüz bilmiyor: konuşmaları eşitleyin ya da Etiketler ve Yayınlar bölümünde PSID içe aktarın.</translation>
    </message>
    <message>
        <source>New conversations</source>
        <translation>Yeni konuşmalar</translation>
    </message>
    <message>
        <source>%1 new in the last %2 days</source>
        <translation>son %2 günde %1 yeni</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Ulaşılabilir</translation>
    </message>
    <message>
        <source>%1 reachable now</source>
        <translation>şu anda %1 ulaşılabilir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Closing soon</source>
        <translation>Yakında kapanıyor</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>%1 % open, %2 % closing within 6 hours, %3 % closed</source>
        <translation>%1 % açık, %2 % 6 saat içinde kapanıyor, %3 % kapalı</translation>
    </message>
    <message>
        <source>The label index could not be read: %1</source>
        <translation>Etiket dizini okunamadı: %1</translation>
    </message>
    <message>
        <source>The app knows no label of this Page yet: labels appear once they are listed, created or used from this app.</source>
        <translation>Uygulama bu Sayfanın hiçbir etiketini henüz bilmiyor: etiketler bu uygulamada listelendiğinde, oluşturulduğunda veya kullanıldığında görünür.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The insights cache is not available.</source>
        <translation>İstatistik önbelleği kullanılamıyor.</translation>
    </message>
    <message>
        <source>Graph has no blocked, reported or new conversations for the last %1 weeks.</source>
        <translation>Graph&apos;ta son %1 hafta için engellenen, şikâyet edilen veya yeni konuşma yok.</translation>
    </message>
    <message>
        <source>Asking Graph for the last %1 weeks…</source>
        <translation>Son %1 hafta Graph&apos;tan isteniyor…</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Engellendi</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Şikâyet edildi</translation>
    </message>
    <message>
        <source>%1 blocked or reported per 100 new conversations over %2 weeks.</source>
        <translation>%2 haftada her 100 yeni konuşmaya %1 engelleme veya şikâyet.</translation>
    </message>
    <message>
        <source>Nobody was reachable at the end of these days: a person can be reached for 24 hours after writing to the Page.</source>
        <translation>Bu günlerin sonunda kimseye ulaşılamıyordu: Bir kişiye, Sayfaya yazdıktan sonra 24 saat boyunca ulaşılabilir.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::AudiencePicker</name>
    <message>
        <source>People with any of these labels:</source>
        <translation>Bu etiketlerden birini taşıyan kişiler:</translation>
    </message>
    <message>
        <source>Labels of the audience</source>
        <translation>Hedef kitlenin etiketleri</translation>
    </message>
    <message>
        <source>The people selected in People</source>
        <translation>Kişiler&apos;de seçilen kişiler</translation>
    </message>
    <message>
        <source>Everyone whose 24-hour window is open</source>
        <translation>24 saatlik penceresi açık olan herkes</translation>
    </message>
    <message>
        <source>PSIDs (one a line):</source>
        <translation>PSID&apos;ler (her satıra bir tane):</translation>
    </message>
    <message>
        <source>From a &amp;file...</source>
        <translation>&amp;Dosyadan...</translation>
    </message>
    <message>
        <source>PSIDs of the audience</source>
        <translation>Hedef kitlenin PSID&apos;leri</translation>
    </message>
    <message>
        <source>PSID file</source>
        <translation>PSID dosyası</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n known member(s))</source>
        <translation>
            <numerusform>%1 (%n bilinen üye)</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 is not a PSID: &quot;%2&quot;.</source>
        <translation>%1. satır bir PSID değil: &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::BroadcastsTab</name>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Kişiler</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Etiketler</translation>
    </message>
    <message>
        <source>&amp;Compose and send</source>
        <translation>&amp;Yaz ve gönder</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Geçmiş</translation>
    </message>
    <message>
        <source>Missed schedule</source>
        <translation>Kaçırılan zamanlama</translation>
    </message>
    <message>
        <source>The broadcast &quot;%1&quot; was due while the app was closed. Send it now? Each person&apos;s window is checked again before their message leaves.</source>
        <translation>&quot;%1&quot; yayınının zamanı uygulama kapalıyken geldi. Şimdi gönderilsin mi? Her kişinin penceresi, mesajı gitmeden önce yeniden denetlenir.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Şimdi gönder</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Gönderme</translation>
    </message>
    <message>
        <source>Missed while the app was closed; not sent.</source>
        <translation>Uygulama kapalıyken kaçırıldı; gönderilmedi.</translation>
    </message>
    <message>
        <source>Labels &amp; Broadcasts needs the local store, which could not be opened. The message at the top of the window says why.</source>
        <translation>Etiketler &amp; Yayınlar yerel depoya ihtiyaç duyar, ancak depo açılamadı. Nedenini pencerenin üstündeki ileti söyler.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ChartExplainer</name>
    <message>
        <source>This Page cannot read its insights: Graph says &quot;%1&quot;. Reading insights needs the ANALYZE task on the Page and the read_insights permission.</source>
        <translation>Bu Sayfa istatistiklerini okuyamıyor: Graph &quot;%1&quot; diyor. İstatistikleri okumak için Sayfada ANALYZE görevi ve read_insights izni gerekir.</translation>
    </message>
    <message>
        <source>The Page&apos;s token is no longer valid: Graph says &quot;%1&quot;. Add the Page again in Accounts.</source>
        <translation>Sayfanın belirteci artık geçerli değil: Graph &quot;%1&quot; diyor. Sayfayı Hesaplar bölümünde yeniden ekleyin.</translation>
    </message>
    <message>
        <source>Graph does not know this metric for the Page: &quot;%1&quot;.</source>
        <translation>Graph bu Sayfa için bu ölçütü tanımıyor: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Graph could not give these values: %1</source>
        <translation>Graph bu değerleri veremedi: %1</translation>
    </message>
    <message>
        <source>Graph answered: &quot;%1&quot;.</source>
        <translation>Graph yanıtı: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Graph keeps insights for two years; %1 to %2 is older than %3.</source>
        <translation>Graph istatistikleri iki yıl saklar; %1 ile %2 arası %3 tarihinden eski.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Messenger insights metric.</source>
        <translation>&quot;%1&quot; bir Messenger istatistik ölçütü değil.</translation>
    </message>
    <message>
        <source>Asking Graph for these days…</source>
        <translation>Bu günler Graph&apos;tan isteniyor…</translation>
    </message>
    <message>
        <source>Graph has no values for %1 to %2.</source>
        <translation>Graph&apos;ta %1 ile %2 arası için değer yok.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Toplam %1</translation>
    </message>
    <message>
        <source>%1 a day on average</source>
        <translation>günde ortalama %1</translation>
    </message>
    <message>
        <source>Last day %1</source>
        <translation>Son gün %1</translation>
    </message>
    <message>
        <source>Average %1</source>
        <translation>Ortalama %1</translation>
    </message>
    <message>
        <source>%1 % against the previous %2 days (%3)</source>
        <translation>önceki %2 güne göre %1 % (%3)</translation>
    </message>
    <message>
        <source>no values to compare in the previous %1 days</source>
        <translation>önceki %1 günde karşılaştırılacak değer yok</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ComposePanel</name>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>your own PSID</source>
        <translation>kendi PSID&apos;niz</translation>
    </message>
    <message>
        <source>PSID for the test send</source>
        <translation>Deneme gönderimi için PSID</translation>
    </message>
    <message>
        <source>&amp;Test send</source>
        <translation>&amp;Deneme gönder</translation>
    </message>
    <message>
        <source>Test send to:</source>
        <translation>Deneme gönderimi:</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Hedef kitle</translation>
    </message>
    <message>
        <source>Messaging &amp;type:</source>
        <translation>Mesaj &amp;türü:</translation>
    </message>
    <message>
        <source>a name for History</source>
        <translation>Geçmiş için bir ad</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Check who can be reached</source>
        <translation>Kimlere &amp;ulaşılabileceğini denetle</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>Şimdi &amp;gönder</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Duraklat</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Sürdür</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>İ&amp;ptal</translation>
    </message>
    <message>
        <source>When to send</source>
        <translation>Ne zaman gönderilsin</translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation>&amp;Zamanla</translation>
    </message>
    <message>
        <source>UPDATE (inside the 24-hour window)</source>
        <translation>UPDATE (24 saatlik pencere içinde)</translation>
    </message>
    <message>
        <source>HUMAN_AGENT (a person answering, within 7 days)</source>
        <translation>HUMAN_AGENT (bir insan yanıtlıyor, 7 gün içinde)</translation>
    </message>
    <message>
        <source>%1 (again to the failed)</source>
        <translation>%1 (başarısız olanlara yeniden)</translation>
    </message>
    <message>
        <source>%1 (windows reopened)</source>
        <translation>%1 (pencereler yeniden açıldı)</translation>
    </message>
    <message>
        <source>The local store could not be read: %1</source>
        <translation>Yerel depo okunamadı: %1</translation>
    </message>
    <message>
        <source>Uploading %1 once; its attachment id is kept for 90 days.</source>
        <translation>%1 bir kez yükleniyor; ek kimliği 90 gün saklanır.</translation>
    </message>
    <message>
        <source>The attachment could not be uploaded: %1</source>
        <translation>Ek yüklenemedi: %1</translation>
    </message>
    <message>
        <source>no attachment id came back.</source>
        <translation>ek kimliği dönmedi.</translation>
    </message>
    <message>
        <source>Enter your own PSID to see the message as people will.</source>
        <translation>Mesajı alıcıların göreceği gibi görmek için kendi PSID&apos;nizi girin.</translation>
    </message>
    <message>
        <source>Broadcast of %1</source>
        <translation>%1 tarihli yayın</translation>
    </message>
    <message>
        <source>Nobody in this audience can be reached now; nothing was sent.</source>
        <translation>Bu hedef kitlede şu anda kimseye ulaşılamıyor; hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>Send broadcast</source>
        <translation>Yayını gönder</translation>
    </message>
    <message numerus="yes">
        <source>Send &quot;%1&quot; to %n person(s) now?</source>
        <translation>
            <numerusform>&quot;%1&quot; şimdi %n kişiye gönderilsin mi?</numerusform>
        </translation>
    </message>
    <message>
        <source>The broadcast could not be stored: %1</source>
        <translation>Yayın kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>Choose a time in the future to schedule a broadcast.</source>
        <translation>Yayın zamanlamak için gelecekte bir zaman seçin.</translation>
    </message>
    <message>
        <source>The schedule could not be stored: %1</source>
        <translation>Zamanlama kaydedilemedi: %1</translation>
    </message>
    <message>
        <source>Scheduled for %1. It runs while the app is open; each window is checked again at send time.</source>
        <translation>%1 için zamanlandı. Uygulama açıkken çalışır; her pencere gönderim anında yeniden denetlenir.</translation>
    </message>
    <message>
        <source>Another broadcast is running; wait for it or cancel it first.</source>
        <translation>Başka bir yayın çalışıyor; bitmesini bekleyin veya önce iptal edin.</translation>
    </message>
    <message numerus="yes">
        <source>Sending &quot;%1&quot; to %n person(s)...</source>
        <translation>
            <numerusform>&quot;%1&quot; %n kişiye gönderiliyor...</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done.</source>
        <translation>%2 kişiden %1 tamamlandı.</translation>
    </message>
    <message>
        <source>%1 of %2 done, about %3 s left.</source>
        <translation>%2 kişiden %1 tamamlandı, yaklaşık %3 sn kaldı.</translation>
    </message>
    <message>
        <source>Paused: the requests out come back; nothing new leaves until Resume.</source>
        <translation>Duraklatıldı: yoldaki istekler geri dönüyor; Sürdür&apos;e kadar yeni bir şey gitmez.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Durduruldu: %1</translation>
    </message>
    <message>
        <source>Cancelled; the people not reached are marked skipped.</source>
        <translation>İptal edildi; ulaşılmayan kişiler atlandı olarak işaretlendi.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Bitti.</translation>
    </message>
    <message>
        <source>Sending a test to %1…</source>
        <translation>%1 kişisine test gönderiliyor…</translation>
    </message>
    <message>
        <source>The test went to %1 (message id %2).</source>
        <translation>Test %1 kişisine gitti (mesaj kimliği %2).</translation>
    </message>
    <message>
        <source>The test did not go out to %1: %2 (Graph said: %3)</source>
        <translation>Test %1 kişisine gitmedi: %2 (Graph&apos;ın yanıtı: %3)</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ConversationsPanel</name>
    <message>
        <source>Search by name or PSID</source>
        <translation>Ad veya PSID ile ara</translation>
    </message>
    <message>
        <source>Search the threads</source>
        <translation>Konuşmalarda ara</translation>
    </message>
    <message>
        <source>Threads of the Page, newest first</source>
        <translation>Sayfanın konuşmaları, en yeni önce</translation>
    </message>
    <message>
        <source>S&amp;ync conversations</source>
        <translation>Konuşmaları e&amp;şitle</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Eşitlemeyi iptal et</translation>
    </message>
    <message>
        <source>The local store could not be opened, so no threads can be kept; the window&apos;s message bar says why.</source>
        <translation>Yerel depo açılamadı, bu yüzden konuşmalar tutulamıyor; nedenini pencerenin mesaj çubuğu söylüyor.</translation>
    </message>
    <message>
        <source>The local store could not be read: %1</source>
        <translation>Yerel depo okunamadı: %1</translation>
    </message>
    <message>
        <source>No threads of this Page are known yet: sync the conversations.</source>
        <translation>Bu Sayfanın henüz bilinen konuşması yok: konuşmaları eşitleyin.</translation>
    </message>
    <message>
        <source>No thread matches &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; ile eşleşen konuşma yok.</translation>
    </message>
    <message>
        <source>The newest %1 of %2 threads are shown; search to find the others.</source>
        <translation>%2 konuşmanın en yeni %1 tanesi gösteriliyor; diğerlerini bulmak için arayın.</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n konuşma</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ConversationsToolsTab</name>
    <message>
        <source>Tools</source>
        <translation>Araçlar</translation>
    </message>
    <message>
        <source>Choose a tool; its form opens on the right.</source>
        <translation>Bir araç seçin; formu sağda açılır.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Konuşmalar</translation>
    </message>
    <message>
        <source>Send one message</source>
        <translation>Tek mesaj gönder</translation>
    </message>
    <message>
        <source>User lookup</source>
        <translation>Kullanıcı sorgulama</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personalar</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Ekler</translation>
    </message>
    <message>
        <source>Messenger code</source>
        <translation>Messenger kodu</translation>
    </message>
    <message>
        <source>Unlink account</source>
        <translation>Hesap bağlantısını kaldır</translation>
    </message>
    <message>
        <source>Feature review</source>
        <translation>Özellik incelemesi</translation>
    </message>
    <message>
        <source>Built-in NLP</source>
        <translation>Yerleşik NLP</translation>
    </message>
    <message>
        <source>Webhook subscriptions</source>
        <translation>Webhook abonelikleri</translation>
    </message>
    <message>
        <source>Raw call</source>
        <translation>Ham çağrı</translation>
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
    <name>mdesk::ui::EligibilityView</name>
    <message>
        <source>Who can be reached</source>
        <translation>Kimlere ulaşılabilir</translation>
    </message>
    <message>
        <source>Group / name</source>
        <translation>Grup / ad</translation>
    </message>
    <message>
        <source>PSID</source>
        <translation>PSID</translation>
    </message>
    <message>
        <source>Choose an audience and press Check to see who can be reached now.</source>
        <translation>Şu anda kimlere ulaşılabileceğini görmek için bir hedef kitle seçip Denetle&apos;ye basın.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ad yok)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>ve %1 kişi daha</translation>
    </message>
    <message>
        <source>Can be reached now: %1</source>
        <translation>Şimdi ulaşılabilir: %1</translation>
    </message>
    <message>
        <source>Outside the 24-hour window: %1</source>
        <translation>24 saatlik pencerenin dışında: %1</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Ulaşılamaz: %1</translation>
    </message>
    <message>
        <source>Unknown to the app: %1</source>
        <translation>Uygulamaca bilinmiyor: %1</translation>
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
        <translation>Tüm olayları yeniden gösterin.</translation>
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
        <translation>Süzgecin gösterdiği olayları JSON satırları olarak kaydedin.</translation>
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
        <translation>Bu istek için bir curl komutu kopyalayın; belirteç $TOKEN olarak yazılır.</translation>
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
        <translation>En yeni olayı görünür tutun.</translation>
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
    <name>mdesk::ui::FeatureReviewForm</name>
    <message>
        <source>Messaging features need Meta&apos;s review before a Page may use them; this is where each one stands.</source>
        <translation>Mesajlaşma özellikleri, bir Sayfa kullanmadan önce Meta&apos;nın incelemesinden geçmeli; her birinin durumu burada.</translation>
    </message>
    <message>
        <source>Features and their review status</source>
        <translation>Özellikler ve inceleme durumları</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Özellik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Not read yet: press Read to ask Graph.</source>
        <translation>Henüz okunmadı: Graph&apos;a sormak için Oku&apos;ya basın.</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Oku</translation>
    </message>
    <message>
        <source>Reading the feature review...</source>
        <translation>Özellik incelemesi okunuyor...</translation>
    </message>
    <message>
        <source>Graph lists no messaging feature for this Page: none has been submitted for review.</source>
        <translation>Graph bu Sayfa için hiçbir mesajlaşma özelliği listelemiyor: hiçbiri incelemeye gönderilmemiş.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s), as Graph answered just now.</source>
        <translation>
            <numerusform>Graph&apos;ın az önceki yanıtına göre %n özellik.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::ui::FieldConflictView</name>
    <message>
        <source>%1 changed on the page since you started editing. Pick the value to keep; Apply waits until you do.</source>
        <translation>%1, düzenlemeye başladığınızdan beri sayfada değişti. Korunacak değeri seçin; Uygula siz seçene kadar bekler.</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Benimkini koru</translation>
    </message>
    <message>
        <source>Keep what you typed; Apply will replace the page&apos;s value.</source>
        <translation>Yazdığınızı koruyun; Uygula sayfanın değerini değiştirir.</translation>
    </message>
    <message>
        <source>Take the &amp;Page&apos;s</source>
        <translation>&amp;Sayfanınkini al</translation>
    </message>
    <message>
        <source>Drop what you typed and take the value the page has now.</source>
        <translation>Yazdığınızı bırakın ve sayfanın şu anki değerini alın.</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>Sizinki:</translation>
    </message>
    <message>
        <source>On the page:</source>
        <translation>Sayfada:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(ayarlanmamış)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Yours: %1. On the page: %2.</source>
        <translation>Sizinki: %1. Sayfada: %2.</translation>
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
    <name>mdesk::ui::HandoverPanel</name>
    <message>
        <source>Handover</source>
        <translation>Devir</translation>
    </message>
    <message>
        <source>No thread chosen.</source>
        <translation>Konuşma seçilmedi.</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Sahibi:</translation>
    </message>
    <message>
        <source>App to pass the thread to</source>
        <translation>Konuşmanın devredileceği uygulama</translation>
    </message>
    <message>
        <source>Page Inbox</source>
        <translation>Page Inbox</translation>
    </message>
    <message>
        <source>Re&amp;load apps</source>
        <translation>Uygulamaları yeniden &amp;yükle</translation>
    </message>
    <message>
        <source>Read the Page&apos;s secondary receivers again</source>
        <translation>Sayfanın ikincil alıcılarını yeniden okuyun</translation>
    </message>
    <message>
        <source>Pass &amp;to:</source>
        <translation>&amp;Devredilecek:</translation>
    </message>
    <message>
        <source>Optional: a note for the app that gets the thread</source>
        <translation>İsteğe bağlı: konuşmayı alan uygulama için bir not</translation>
    </message>
    <message>
        <source>Handover metadata</source>
        <translation>Devir meta verisi</translation>
    </message>
    <message>
        <source>&amp;Metadata:</source>
        <translation>&amp;Meta veri:</translation>
    </message>
    <message>
        <source>&amp;Pass control</source>
        <translation>Denetimi &amp;devret</translation>
    </message>
    <message>
        <source>Ta&amp;ke control</source>
        <translation>Denetimi &amp;al</translation>
    </message>
    <message>
        <source>Re&amp;quest control</source>
        <translation>Denetimi &amp;iste</translation>
    </message>
    <message>
        <source>this app (%1)</source>
        <translation>bu uygulama (%1)</translation>
    </message>
    <message>
        <source>app %1</source>
        <translation>uygulama %1</translation>
    </message>
    <message>
        <source>%1 (app %2)</source>
        <translation>%1 (uygulama %2)</translation>
    </message>
    <message>
        <source>Metadata is at most %1 characters; this is %2.</source>
        <translation>Meta veri en fazla %1 karakterdir; bu %2.</translation>
    </message>
    <message>
        <source>The apps that can receive threads could not be read.</source>
        <translation>Konuşma alabilen uygulamalar okunamadı.</translation>
    </message>
    <message>
        <source>Reading who owns the thread...</source>
        <translation>Konuşmanın sahibi okunuyor...</translation>
    </message>
    <message>
        <source>Who owns the thread could not be read.</source>
        <translation>Konuşmanın sahibi okunamadı.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>Passing the thread to %1...</source>
        <translation>Konuşma %1 uygulamasına devrediliyor...</translation>
    </message>
    <message>
        <source>Taking the thread back...</source>
        <translation>Konuşma geri alınıyor...</translation>
    </message>
    <message>
        <source>Asking the owner for the thread...</source>
        <translation>Sahibinden konuşma isteniyor...</translation>
    </message>
    <message>
        <source>The owner app was asked to pass the thread; it decides.</source>
        <translation>Sahip uygulamadan konuşmayı devretmesi istendi; karar onundur.</translation>
    </message>
    <message>
        <source>The thread was not passed.</source>
        <translation>Konuşma devredilmedi.</translation>
    </message>
    <message>
        <source>The thread was not taken.</source>
        <translation>Konuşma alınamadı.</translation>
    </message>
    <message>
        <source>Control was not requested.</source>
        <translation>Denetim istenmedi.</translation>
    </message>
    <message>
        <source>Owner before: %1. Owner now: %2.</source>
        <translation>Önceki sahip: %1. Şimdiki sahip: %2.</translation>
    </message>
    <message>
        <source>%1 owns this thread, and Graph lets only the owner pass it. Take control first, or request it from the owner.</source>
        <translation>Bu konuşmanın sahibi %1 ve Graph yalnızca sahibin onu devretmesine izin verir. Önce denetimi alın ya da sahibinden isteyin.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::HistoryPanel</name>
    <message>
        <source>finished</source>
        <translation>tamamlandı</translation>
    </message>
    <message>
        <source>running</source>
        <translation>çalışıyor</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>duraklatıldı</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>kesildi</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>durduruldu</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>zamanlandı</translation>
    </message>
    <message>
        <source>No broadcast yet: the ones you send or schedule are listed here, also after a restart.</source>
        <translation>Henüz yayın yok: gönderdiğiniz veya zamanladığınız yayınlar yeniden başlatmadan sonra da burada listelenir.</translation>
    </message>
    <message>
        <source>Broadcasts of the Page</source>
        <translation>Sayfanın yayınları</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturuldu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Atlandı</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Bekleyen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Yeniden yükle</translation>
    </message>
    <message>
        <source>Res&amp;ume (pending people only)</source>
        <translation>&amp;Sürdür (yalnızca bekleyen kişiler)</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Geçmiş okunamadı: %1</translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation>%1 için zamanlandı</translation>
    </message>
    <message>
        <source>Select a broadcast above to see its result per person.</source>
        <translation>Kişi başına sonucunu görmek için yukarıdan bir yayın seçin.</translation>
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
    <name>mdesk::ui::InsightsPanel</name>
    <message>
        <source>&amp;Metrics</source>
        <translation>Ö&amp;lçütler</translation>
    </message>
    <message>
        <source>&amp;Pages side by side</source>
        <translation>&amp;Sayfalar yan yana</translation>
    </message>
    <message>
        <source>%1 (deprecated %2)</source>
        <translation>%1 (%2 tarihinden beri kullanım dışı)</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Son 7 gün</translation>
    </message>
    <message>
        <source>Last 28 days</source>
        <translation>Son 28 gün</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Son 90 gün</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Son 12 ay</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>Son 2 yıl</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Özel</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>İlk gün</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Son gün</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>Week (7 days up to each day)</source>
        <translation>Hafta (her güne kadar 7 gün)</translation>
    </message>
    <message>
        <source>28 days (up to each day)</source>
        <translation>28 gün (her güne kadar)</translation>
    </message>
    <message>
        <source>One chart per metric</source>
        <translation>Ölçüt başına bir grafik</translation>
    </message>
    <message>
        <source>All metrics on one chart</source>
        <translation>Tüm ölçütler tek grafikte</translation>
    </message>
    <message>
        <source>&amp;Compare with the previous period</source>
        <translation>Önceki dönemle &amp;karşılaştır</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <source>Ask Graph for the last 3 days again; it revises them.</source>
        <translation>Son 3 günü Graph&apos;tan yeniden isteyin; Graph bunları sonradan düzeltir.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV dışa aktar…</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>P&amp;NG dışa aktar…</translation>
    </message>
    <message>
        <source>R&amp;ange:</source>
        <translation>&amp;Aralık:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Başlangıç:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Bi&amp;tiş:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Dönem:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Düzen:</translation>
    </message>
    <message>
        <source>Opened from the local cache; Graph was not asked.</source>
        <translation>Yerel önbellekten açıldı; Graph&apos;a sorulmadı.</translation>
    </message>
    <message>
        <source>Up to date with Graph.</source>
        <translation>Graph ile güncel.</translation>
    </message>
    <message>
        <source>Showing the cached days; asking Graph for the missing ones…</source>
        <translation>Önbellekteki günler gösteriliyor; eksik olanlar Graph&apos;tan isteniyor…</translation>
    </message>
    <message>
        <source>Export Charts as PNG</source>
        <translation>Grafikleri PNG olarak dışa aktar</translation>
    </message>
    <message>
        <source>Export Insights as CSV</source>
        <translation>İstatistikleri CSV olarak dışa aktar</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG resimleri (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Dışa aktarma başarısız oldu: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 konumuna aktarıldı.</translation>
    </message>
    <message>
        <source>The insights cache is not available.</source>
        <translation>İçgörü önbelleği kullanılamıyor.</translation>
    </message>
    <message>
        <source>%1 is not drawn: %2</source>
        <translation>%1 çizilmedi: %2</translation>
    </message>
    <message>
        <source>%1, previous %2 days</source>
        <translation>%1, önceki %2 gün</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>All metrics · %1</source>
        <translation>Tüm ölçütler · %1</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>Dışa aktarılacak grafik yok.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 yazılamıyor.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::InsightsTab</name>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;İstatistikler</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>&amp;Kitle</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::LabelsPanel</name>
    <message>
        <source>Custom labels of the Page</source>
        <translation>Sayfanın özel etiketleri</translation>
    </message>
    <message>
        <source>Custom labels</source>
        <translation>Özel etiketler</translation>
    </message>
    <message>
        <source>&amp;Read from Graph</source>
        <translation>Graph&apos;tan &amp;oku</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Daha fazla yükle</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Sil...</translation>
    </message>
    <message>
        <source>new label name</source>
        <translation>yeni etiket adı</translation>
    </message>
    <message>
        <source>Name of the new label</source>
        <translation>Yeni etiketin adı</translation>
    </message>
    <message>
        <source>Cr&amp;eate</source>
        <translation>&amp;Oluştur</translation>
    </message>
    <message>
        <source>The people selected in People</source>
        <translation>Kişiler&apos;de seçilen kişiler</translation>
    </message>
    <message>
        <source>&amp;Label them</source>
        <translation>&amp;Etiketle</translation>
    </message>
    <message>
        <source>&amp;Unlabel them</source>
        <translation>Etiketi &amp;kaldır</translation>
    </message>
    <message>
        <source>Many PSIDs at once (one a line)</source>
        <translation>Aynı anda çok sayıda PSID (her satıra bir tane)</translation>
    </message>
    <message>
        <source>PSIDs to label or unlabel</source>
        <translation>Etiketlenecek veya etiketi kaldırılacak PSID&apos;ler</translation>
    </message>
    <message>
        <source>From a &amp;file...</source>
        <translation>&amp;Dosyadan...</translation>
    </message>
    <message>
        <source>Label all</source>
        <translation>Hepsini etiketle</translation>
    </message>
    <message>
        <source>Unlabel all</source>
        <translation>Hepsinden kaldır</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Failures of the last run</source>
        <translation>Son çalıştırmanın hataları</translation>
    </message>
    <message>
        <source>Failures of a run are listed here.</source>
        <translation>Bir çalıştırmanın hataları burada listelenir.</translation>
    </message>
    <message>
        <source>A person&apos;s labels, as Graph says</source>
        <translation>Graph&apos;a göre bir kişinin etiketleri</translation>
    </message>
    <message>
        <source>PSID of the person</source>
        <translation>Kişinin PSID&apos;si</translation>
    </message>
    <message>
        <source>As&amp;k Graph</source>
        <translation>Graph&apos;a &amp;sor</translation>
    </message>
    <message>
        <source>PSID:</source>
        <translation>PSID:</translation>
    </message>
    <message>
        <source>PSID file</source>
        <translation>PSID dosyası</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n known member(s))</source>
        <translation>
            <numerusform>%1 (%n bilinen üye)</numerusform>
        </translation>
    </message>
    <message>
        <source>No labels known yet: read them from Graph or create one.</source>
        <translation>Henüz bilinen etiket yok: Graph&apos;tan okuyun veya bir tane oluşturun.</translation>
    </message>
    <message>
        <source>Reading the labels...</source>
        <translation>Etiketler okunuyor...</translation>
    </message>
    <message>
        <source>The labels could not be read: %1</source>
        <translation>Etiketler okunamadı: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) read.</source>
        <translation>
            <numerusform>%n etiket okundu.</numerusform>
        </translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>Bir etiketin adı olmalı.</translation>
    </message>
    <message>
        <source>A label name can have at most %1 characters; this one has %2.</source>
        <translation>Etiket adı en fazla %1 karakter olabilir; bunda %2 karakter var.</translation>
    </message>
    <message>
        <source>The Page already has a label named %1.</source>
        <translation>Sayfada zaten %1 adlı bir etiket var.</translation>
    </message>
    <message>
        <source>The label could not be created: %1</source>
        <translation>Etiket oluşturulamadı: %1</translation>
    </message>
    <message>
        <source>Label %1 created.</source>
        <translation>%1 etiketi oluşturuldu.</translation>
    </message>
    <message>
        <source>Choose a label to delete.</source>
        <translation>Silinecek bir etiket seçin.</translation>
    </message>
    <message>
        <source>Delete label</source>
        <translation>Etiketi sil</translation>
    </message>
    <message numerus="yes">
        <source>Delete the label %1? %n known member(s) lose it; Graph cannot undo this.</source>
        <translation>
            <numerusform>%1 etiketi silinsin mi? %n bilinen üye bu etiketi kaybeder; Graph bunu geri alamaz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>The label could not be deleted: %1</source>
        <translation>Etiket silinemedi: %1</translation>
    </message>
    <message>
        <source>Label %1 deleted.</source>
        <translation>%1 etiketi silindi.</translation>
    </message>
    <message>
        <source>Choose a label first.</source>
        <translation>Önce bir etiket seçin.</translation>
    </message>
    <message>
        <source>There are no PSIDs to work on.</source>
        <translation>İşlenecek PSID yok.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 labelled.</source>
        <translation>%2 kişiden %1 etiketlendi.</translation>
    </message>
    <message>
        <source>%1 of %2 unlabelled.</source>
        <translation>%2 kişiden %1 kişinin etiketi kaldırıldı.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed; see the list.</source>
        <translation>
            <numerusform>%n başarısız; listeye bakın.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 carries no custom label.</source>
        <translation>%1 hiçbir özel etiket taşımıyor.</translation>
    </message>
    <message>
        <source>%1 carries: %2</source>
        <translation>%1 şunları taşıyor: %2</translation>
    </message>
    <message>
        <source>Line %1 is not a PSID (a PSID is digits only): &quot;%2&quot;; nothing was sent.</source>
        <translation>%1. satır bir PSID değil (PSID yalnızca rakamlardan oluşur): &quot;%2&quot;; hiçbir şey gönderilmedi.</translation>
    </message>
    <message numerus="yes">
        <source>%n repeated PSID(s) left out.</source>
        <translation>
            <numerusform>Tekrarlanan %n PSID atlandı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::ui::LegacyBroadcastPanel</name>
    <message>
        <source>Legacy Broadcast API (deprecated)</source>
        <translation>Eski Yayın API&apos;si (kullanımdan kaldırıldı)</translation>
    </message>
    <message>
        <source>Meta deprecated the Broadcast API with v4.0 on 2019-07-29 and switched it off on all versions on 2020-01-15. It is here for servers that still serve it; Send now above is the way that works today.</source>
        <translation>Meta, Yayın API&apos;sini v4.0 ile 2019-07-29&apos;da kullanımdan kaldırdı ve 2020-01-15&apos;te tüm sürümlerde kapattı. Hâlâ sunan sunucular için burada; bugün çalışan yol yukarıdaki Şimdi gönder&apos;dir.</translation>
    </message>
    <message>
        <source>Custom label id:</source>
        <translation>Özel etiket kimliği:</translation>
    </message>
    <message>
        <source>Broadcast id:</source>
        <translation>Yayın kimliği:</translation>
    </message>
    <message>
        <source>Create creative and broadcast</source>
        <translation>Kreatif oluştur ve yayınla</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Getir</translation>
    </message>
    <message>
        <source>Cancel broadcast</source>
        <translation>Yayını iptal et</translation>
    </message>
    <message>
        <source>Estimate reach</source>
        <translation>Erişimi tahmin et</translation>
    </message>
    <message>
        <source>Answer of the legacy call</source>
        <translation>Eski çağrının yanıtı</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 başarısız: %2</translation>
    </message>
    <message>
        <source>Enter the custom label id the broadcast goes to.</source>
        <translation>Yayının gideceği özel etiket kimliğini girin.</translation>
    </message>
    <message>
        <source>Broadcast %1 created.</source>
        <translation>%1 yayını oluşturuldu.</translation>
    </message>
    <message>
        <source>Broadcast cancelled.</source>
        <translation>Yayın iptal edildi.</translation>
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
        <translation>Bir JSON dosyasını geçerli sekmenin (ya da Profil sekmesinin) taslağına okuyun; siz uygulayana dek hiçbir şey gönderilmez.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Dışa aktar…</translation>
    </message>
    <message>
        <source>Save the draft of the current tab (or of the Profile tab) as a JSON file.</source>
        <translation>Geçerli sekmenin (ya da Profil sekmesinin) taslağını JSON dosyası olarak kaydedin.</translation>
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
        <translation>Geçerli Sayfanın Messenger kurulumunu yeniden okuyun.</translation>
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
        <translation>Uygulama ve Sayfa ekleyin, düzenleyin ya da kaldırın.</translation>
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
    <message>
        <source>This app cannot be changed here.</source>
        <translation>Bu uygulama burada değiştirilemez.</translation>
    </message>
    <message>
        <source>%1 could not be moved to Graph API %2.</source>
        <translation>%1, Graph API %2 sürümüne taşınamadı.</translation>
    </message>
    <message>
        <source>%1 now uses Graph API %2; the Profile and Menu drafts are checked against its rules before anything is sent.</source>
        <translation>%1 artık Graph API %2 kullanıyor; Profil ve Menü taslakları herhangi bir şey gönderilmeden önce bu sürümün kurallarına göre denetlenir.</translation>
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
        <translation>Menüyü tek çağrıyla sayfaya gönderin.</translation>
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
    <message>
        <source>The menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Başlayın</translation>
    </message>
    <message>
        <source>Get started payload: %1</source>
        <translation>Başlayın yükü: %1</translation>
    </message>
    <message>
        <source>Pick a value for each field that changed on the page first.</source>
        <translation>Önce sayfada değişen her alan için bir değer seçin.</translation>
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
        <translation>Bu iletiyi kapatın.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MessageComposer</name>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Ek</translation>
    </message>
    <message>
        <source>Button template</source>
        <translation>Düğme şablonu</translation>
    </message>
    <message>
        <source>Generic template (cards)</source>
        <translation>Genel şablon (kartlar)</translation>
    </message>
    <message>
        <source>&amp;Message kind:</source>
        <translation>&amp;Mesaj türü:</translation>
    </message>
    <message>
        <source>optional persona id</source>
        <translation>isteğe bağlı persona kimliği</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Önizleme</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Mesaj metni</translation>
    </message>
    <message>
        <source>Write the message people will get.</source>
        <translation>Kişilerin alacağı mesajı yazın.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Görsel</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Ses</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Choose a &amp;file to upload...</source>
        <translation>Yüklenecek bir &amp;dosya seçin...</translation>
    </message>
    <message>
        <source>Text above the buttons</source>
        <translation>Düğmelerin üstündeki metin</translation>
    </message>
    <message>
        <source>Button (Title | link, +phone or payload)</source>
        <translation>Düğme (Başlık | bağlantı, +telefon veya yük)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Alt başlık</translation>
    </message>
    <message>
        <source>Image address</source>
        <translation>Görsel adresi</translation>
    </message>
    <message>
        <source>Button 1</source>
        <translation>Düğme 1</translation>
    </message>
    <message>
        <source>Button 2</source>
        <translation>Düğme 2</translation>
    </message>
    <message>
        <source>Button 3</source>
        <translation>Düğme 3</translation>
    </message>
    <message>
        <source>Quick replies (up to 13, titles up to 20 characters):</source>
        <translation>Hızlı yanıtlar (en fazla 13, başlıklar en fazla 20 karakter):</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Yük</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Dosya: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MessagePreview</name>
    <message>
        <source>uploaded attachment %1</source>
        <translation>yüklenen ek %1</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MessengerCodeForm</name>
    <message>
        <source>Deprecated since %1: %2 The form stays for servers that still serve it; graph.facebook.com answers with an error.</source>
        <translation>%1 tarihinden beri kullanımdan kaldırıldı: %2 Form, bunu hâlâ sunan sunucular için duruyor; graph.facebook.com hata ile yanıt verir.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tür:</translation>
    </message>
    <message>
        <source>Optional: up to 250 of a-z A-Z 0-9 + / = - . : _</source>
        <translation>İsteğe bağlı: a-z A-Z 0-9 + / = - . : _ karakterlerinden en fazla 250</translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation>&amp;Ref:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Image &amp;size:</source>
        <translation>Görsel &amp;boyutu:</translation>
    </message>
    <message>
        <source>&amp;Create code</source>
        <translation>Kod &amp;oluştur</translation>
    </message>
    <message>
        <source>&amp;Save PNG...</source>
        <translation>PNG&apos;yi &amp;kaydet...</translation>
    </message>
    <message>
        <source>No code yet.</source>
        <translation>Henüz kod yok.</translation>
    </message>
    <message>
        <source>Messenger code image</source>
        <translation>Messenger kodu görseli</translation>
    </message>
    <message>
        <source>Creating the code...</source>
        <translation>Kod oluşturuluyor...</translation>
    </message>
    <message>
        <source>Graph&apos;s link to the code: %1</source>
        <translation>Graph&apos;ın koda bağlantısı: %1</translation>
    </message>
    <message>
        <source>Graph gave no link to an image.</source>
        <translation>Graph bir görsel bağlantısı vermedi.</translation>
    </message>
    <message>
        <source>The code was created, but its image could not be downloaded: %1</source>
        <translation>Kod oluşturuldu ama görseli indirilemedi: %1</translation>
    </message>
    <message>
        <source>The code is ready: %1 x %2 pixels.</source>
        <translation>Kod hazır: %1 x %2 piksel.</translation>
    </message>
    <message>
        <source>There is no code to save yet.</source>
        <translation>Henüz kaydedilecek kod yok.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 yazılamıyor: %2.</translation>
    </message>
    <message>
        <source>Save Messenger code</source>
        <translation>Messenger kodunu kaydet</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG görselleri (*.png)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 konumuna kaydedildi.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::MetricChart</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1, %2: no value</source>
        <translation>%1, %2: değer yok</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::NlpForm</name>
    <message>
        <source>Detect entities in incoming messages</source>
        <translation>Gelen mesajlarda varlıkları algıla</translation>
    </message>
    <message>
        <source>&amp;NLP:</source>
        <translation>&amp;NLP:</translation>
    </message>
    <message>
        <source>Keep the Page&apos;s model</source>
        <translation>Sayfanın modelini koru</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>Wit.ai server access token, for the CUSTOM model</source>
        <translation>CUSTOM modeli için Wit.ai sunucu erişim belirteci</translation>
    </message>
    <message>
        <source>Custom &amp;token:</source>
        <translation>Özel &amp;belirteç:</translation>
    </message>
    <message>
        <source>Add more detail to each entity (verbose)</source>
        <translation>Her varlığa daha fazla ayrıntı ekle (verbose)</translation>
    </message>
    <message>
        <source>&amp;Verbose:</source>
        <translation>&amp;Ayrıntılı:</translation>
    </message>
    <message>
        <source>Graph&apos;s default</source>
        <translation>Graph&apos;ın varsayılanı</translation>
    </message>
    <message>
        <source>&amp;Best guesses per entity:</source>
        <translation>Varlık başına en iyi &amp;tahminler:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Uygula</translation>
    </message>
    <message>
        <source>The CUSTOM model needs the Wit.ai server access token.</source>
        <translation>CUSTOM modeli Wit.ai sunucu erişim belirtecine ihtiyaç duyar.</translation>
    </message>
    <message>
        <source>Applying the NLP settings...</source>
        <translation>NLP ayarları uygulanıyor...</translation>
    </message>
    <message>
        <source>Built-in NLP is on for %1.</source>
        <translation>%1 için yerleşik NLP açık.</translation>
    </message>
    <message>
        <source>Built-in NLP is off for %1.</source>
        <translation>%1 için yerleşik NLP kapalı.</translation>
    </message>
    <message>
        <source>Messenger&apos;s built-in NLP tags each incoming message with the entities it finds (greetings, dates, locations...). Apply sends every field set here.</source>
        <translation>Messenger&apos;ın yerleşik NLP&apos;si gelen her iletiyi bulduğu varlıklarla (selamlaşmalar, tarihler, konumlar...) etiketler. Uygula, burada ayarlanan her alanı gönderir.</translation>
    </message>
    <message>
        <source>Graph cannot read NLP settings back, and this app has sent none for this Page yet: the fields show defaults, not the Page&apos;s settings.</source>
        <translation>Graph NLP ayarlarını geri okuyamaz ve bu uygulama bu Sayfa için henüz hiç ayar göndermedi: alanlar Sayfanın ayarlarını değil, varsayılanları gösteriyor.</translation>
    </message>
    <message>
        <source>Graph cannot read NLP settings back: the fields show what this app last sent for this Page on %1, which may not be what the Page has now.</source>
        <translation>Graph NLP ayarlarını geri okuyamaz: alanlar bu uygulamanın bu Sayfa için %1 tarihinde en son gönderdiklerini gösteriyor; bu, Sayfanın şu anki ayarları olmayabilir.</translation>
    </message>
    <message>
        <source>The custom token is never kept; type it again to apply the CUSTOM model.</source>
        <translation>Özel belirteç hiçbir zaman saklanmaz; CUSTOM modelini uygulamak için yeniden yazın.</translation>
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
        <translation>Sayfanın Messenger profilini yeniden okuyun (F5).</translation>
    </message>
    <message>
        <source>Filter the event log by this call&apos;s tx_id.</source>
        <translation>Olay günlüğünü bu çağrının tx_id&apos;sine göre süzün.</translation>
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
        <translation>Graph&apos;a belirtecin geçerli olup olmadığını, neye izin verdiğini ve ne zaman sona erdiğini sorun.</translation>
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
        <translation>Uygulama ve Sayfa ekleyin, düzenleyin ya da kaldırın.</translation>
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
    <message>
        <source>Move to %1</source>
        <translation>%1 sürümüne taşı</translation>
    </message>
    <message>
        <source>Use Graph API %1 for every Page of %2; the Profile and Menu drafts are checked against its rules before anything is sent.</source>
        <translation>%2 uygulamasının her Sayfası için Graph API %1 kullanın; Profil ve Menü taslakları herhangi bir şey gönderilmeden önce bu sürümün kurallarına göre denetlenir.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PeoplePanel</name>
    <message>
        <source>Filter by name or PSID</source>
        <translation>Ada veya PSID&apos;ye göre süz</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Kişileri süz</translation>
    </message>
    <message>
        <source>Only people with this label</source>
        <translation>Yalnızca bu etiketi taşıyan kişiler</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Herhangi bir etiket</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Pencere</translation>
    </message>
    <message>
        <source>Any window</source>
        <translation>Herhangi bir pencere</translation>
    </message>
    <message>
        <source>Window open now</source>
        <translation>Pencere şimdi açık</translation>
    </message>
    <message>
        <source>People of the Page</source>
        <translation>Sayfanın kişileri</translation>
    </message>
    <message>
        <source>S&amp;ync conversations</source>
        <translation>Konuşmaları &amp;eşitle</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Eşitlemeyi iptal et</translation>
    </message>
    <message>
        <source>Import PSIDs from a &amp;file...</source>
        <translation>PSID&apos;leri &amp;dosyadan içe aktar...</translation>
    </message>
    <message>
        <source>&amp;Paste PSIDs...</source>
        <translation>PSID&apos;leri &amp;yapıştır...</translation>
    </message>
    <message>
        <source>Import PSIDs</source>
        <translation>PSID&apos;leri içe aktar</translation>
    </message>
    <message>
        <source>Paste PSIDs</source>
        <translation>PSID&apos;leri yapıştır</translation>
    </message>
    <message>
        <source>One PSID a line:</source>
        <translation>Her satıra bir PSID:</translation>
    </message>
    <message>
        <source>The local store could not be read: %1</source>
        <translation>Yerel depo okunamadı: %1</translation>
    </message>
    <message>
        <source>The app knows nobody of this Page yet: sync the conversations or import PSIDs.</source>
        <translation>Uygulama bu Sayfadan henüz kimseyi tanımıyor: konuşmaları eşitleyin veya PSID&apos;leri içe aktarın.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n kişi</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot;</source>
        <translation>%1. satır: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The PSIDs could not be stored: %1</source>
        <translation>PSID&apos;ler kaydedilemedi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n PSID(s) read: %1 new, %2 already known.</source>
        <translation>
            <numerusform>%n PSID okundu: %1 yeni, %2 zaten biliniyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not PSIDs: %1.</source>
        <translation>PSID olmayanlar: %1.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::PersonasForm</name>
    <message>
        <source>Personas of the Page</source>
        <translation>Sayfanın personaları</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Persona id</source>
        <translation>Persona kimliği</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Resim</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Yeniden yükle</translation>
    </message>
    <message>
        <source>&amp;Delete persona...</source>
        <translation>Personayı &amp;sil...</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Yeni persona</translation>
    </message>
    <message>
        <source>The name people see, e.g. Anna from Support</source>
        <translation>İnsanların gördüğü ad, örn. Destek&apos;ten Anna</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>https://example.com/anna.png</source>
        <translation>https://example.com/anna.png</translation>
    </message>
    <message>
        <source>&amp;Picture URL:</source>
        <translation>&amp;Resim URL&apos;si:</translation>
    </message>
    <message>
        <source>&amp;Create persona</source>
        <translation>Persona &amp;oluştur</translation>
    </message>
    <message>
        <source>A persona needs a name.</source>
        <translation>Bir personanın adı olmalı.</translation>
    </message>
    <message>
        <source>The name is at most %1 characters; this is %2.</source>
        <translation>Ad en fazla %1 karakterdir; bu %2.</translation>
    </message>
    <message>
        <source>A persona needs a picture: its URL.</source>
        <translation>Bir personanın resmi olmalı: URL&apos;si.</translation>
    </message>
    <message>
        <source>The picture must be a web address starting with https://.</source>
        <translation>Resim https:// ile başlayan bir web adresi olmalı.</translation>
    </message>
    <message>
        <source>Use https://: Messenger loads the picture over a secure connection.</source>
        <translation>https:// kullanın: Messenger resmi güvenli bağlantıyla yükler.</translation>
    </message>
    <message>
        <source>Reading the personas...</source>
        <translation>Personalar okunuyor...</translation>
    </message>
    <message>
        <source>The personas could not be read.</source>
        <translation>Personalar okunamadı.</translation>
    </message>
    <message>
        <source>The Page has no personas: replies go out in the Page&apos;s own name.</source>
        <translation>Sayfanın personası yok: yanıtlar Sayfanın kendi adıyla gider.</translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the persona %1...</source>
        <translation>%1 personası oluşturuluyor...</translation>
    </message>
    <message>
        <source>The persona %1 was not created.</source>
        <translation>%1 personası oluşturulmadı.</translation>
    </message>
    <message>
        <source>The persona %1 was created (id %2).</source>
        <translation>%1 personası oluşturuldu (kimlik %2).</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Personayı sil</translation>
    </message>
    <message>
        <source>Delete the persona %1 (id %2)? Replies can no longer be sent as %1; messages already sent as %1 stay as they are. This cannot be undone.</source>
        <translation>%1 personası (kimlik %2) silinsin mi? Artık %1 olarak yanıt gönderilemez; %1 olarak gönderilmiş mesajlar olduğu gibi kalır. Bu geri alınamaz.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Deleting the persona %1...</source>
        <translation>%1 personası siliniyor...</translation>
    </message>
    <message>
        <source>The persona %1 was not deleted.</source>
        <translation>%1 personası silinmedi.</translation>
    </message>
    <message>
        <source>The persona %1 was deleted.</source>
        <translation>%1 personası silindi.</translation>
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
        <translation>Özel etiket oluşturma, yeniden adlandırma ve silme.</translation>
    </message>
    <message>
        <source>Label and unlabel thousands of people from a list of PSIDs, in batches.</source>
        <translation>Bir PSID listesinden binlerce kişiyi toplu olarak etiketleme ya da etiketini kaldırma.</translation>
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
        <translation>Devir protokolü: konuşma denetimini devretme, alma ve isteme.</translation>
    </message>
    <message>
        <source>User profiles and ID matching across apps and Pages.</source>
        <translation>Uygulamalar ve Sayfalar arasında kullanıcı profilleri ve kimlik eşleştirme.</translation>
    </message>
    <message>
        <source>Send messages and upload reusable attachments.</source>
        <translation>İleti gönderme ve yeniden kullanılabilir ek yükleme.</translation>
    </message>
    <message>
        <source>Messenger codes, account unlinking, NLP settings and webhook subscriptions.</source>
        <translation>Messenger kodları, hesap bağlantısını kaldırma, NLP ayarları ve webhook abonelikleri.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ProfileBreakdownView</name>
    <message>
        <source>&amp;Read profiles</source>
        <translation>Profilleri &amp;oku</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Okumayı iptal et</translation>
    </message>
    <message>
        <source>Ask Graph for the locale, timezone and gender the Page may read, for every person whose profile the app has not read yet (50 per request).</source>
        <translation>Sayfanın okuyabildiği yerel ayar, saat dilimi ve cinsiyeti, uygulamanın profilini henüz okumadığı herkes için Graph&apos;tan ister (istek başına 50).</translation>
    </message>
    <message>
        <source>Profiles read</source>
        <translation>Okunan profiller</translation>
    </message>
    <message>
        <source>People by locale</source>
        <translation>Yerel ayara göre kişiler</translation>
    </message>
    <message>
        <source>People by timezone</source>
        <translation>Saat dilimine göre kişiler</translation>
    </message>
    <message>
        <source>People by gender</source>
        <translation>Cinsiyete göre kişiler</translation>
    </message>
    <message>
        <source>Asking the Page&apos;s feature review which profile fields Graph gives…</source>
        <translation>Graph&apos;ın hangi profil alanlarını verdiği Sayfanın özellik incelemesine soruluyor…</translation>
    </message>
    <message>
        <source>there is no connection to Graph</source>
        <translation>Graph ile bağlantı yok</translation>
    </message>
    <message>
        <source>The feature review could not be read, so locale, timezone and gender stay hidden: %1</source>
        <translation>Özellik incelemesi okunamadı, bu yüzden yerel ayar, saat dilimi ve cinsiyet gizli kalıyor: %1</translation>
    </message>
    <message>
        <source>Profiles read from Graph: %1 of %2 people.</source>
        <translation>Graph&apos;tan okunan profiller: %2 kişiden %1.</translation>
    </message>
    <message>
        <source>The Page&apos;s feature review has not approved %1, so Graph does not give those profile fields.</source>
        <translation>Sayfanın özellik incelemesi %1 onaylamadı, bu yüzden Graph bu profil alanlarını vermiyor.</translation>
    </message>
    <message>
        <source>The Page&apos;s feature review has not approved %1, so Graph does not give this field.</source>
        <translation>Sayfanın özellik incelemesi %1 onaylamadı, bu yüzden Graph bu alanı vermiyor.</translation>
    </message>
    <message>
        <source>No profile read yet: press &quot;Read profiles&quot; to ask Graph.</source>
        <translation>Henüz profil okunmadı: Graph&apos;a sormak için &quot;Profilleri oku&quot;ya basın.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kadın</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Erkek</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Reading profiles stopped after %1: %2</source>
        <translation>Profil okuma %1 profilden sonra durdu: %2</translation>
    </message>
    <message>
        <source>Cancelled after %1 profiles; the rest are read next time.</source>
        <translation>%1 profilden sonra iptal edildi; kalanlar bir dahaki sefere okunur.</translation>
    </message>
    <message>
        <source>Read %1 profiles.</source>
        <translation>%1 profil okundu.</translation>
    </message>
    <message numerus="yes">
        <source>Graph refused %n person(s), for example: %1</source>
        <translation>
            <numerusform>Graph %n kişiyi reddetti, örneğin: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The local store is not available, so profiles cannot be kept.</source>
        <translation>Yerel depo kullanılamıyor, bu yüzden profiller saklanamaz.</translation>
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
        <translation>Her profil alanını tek çağrıyla sayfadan yükleyin.</translation>
    </message>
    <message>
        <source>Send the draft to the page in one call (two when fields are cleared).</source>
        <translation>Taslağı tek çağrıyla sayfaya gönderin (alanlar temizlenirse iki çağrıyla).</translation>
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
        <translation>Taslağı sayfaya gönderin.</translation>
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
    <message numerus="yes">
        <source>%n field(s) changed on the page since you started editing; pick a value for each before applying.</source>
        <translation>
            <numerusform>Düzenlemeye başladığınızdan beri sayfada %n alan değişti; uygulamadan önce her biri için bir değer seçin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a value for each field that changed on the page first.</source>
        <translation>Önce sayfada değişen her alan için bir değer seçin.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::RateLimitWaitIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Cancel the calls waiting for Graph&apos;s rate limit</source>
        <translation>Graph&apos;ın hız sınırını bekleyen çağrıları iptal et</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n calls wait)</source>
        <translation>
            <numerusform>%1 (%n çağrı bekliyor)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n call(s) that waited for Graph&apos;s rate limit.</source>
        <translation>
            <numerusform>Graph&apos;ın hız sınırını bekleyen %n çağrı iptal edildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mdesk::ui::RawCallForm</name>
    <message>
        <source>&amp;Operation:</source>
        <translation>İ&amp;şlem:</translation>
    </message>
    <message>
        <source>&amp;Input (JSON):</source>
        <translation>&amp;Girdi (JSON):</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>c&amp;url olarak kopyala</translation>
    </message>
    <message>
        <source>Copy as C&amp;LI command</source>
        <translation>C&amp;LI komutu olarak kopyala</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Gönder</translation>
    </message>
    <message>
        <source>Command last copied</source>
        <translation>Son kopyalanan komut</translation>
    </message>
    <message>
        <source>The command you copy shows here too; the token is a placeholder, never the real one.</source>
        <translation>Kopyaladığınız komut burada da görünür; belirteç bir yer tutucudur, asla gerçeği değil.</translation>
    </message>
    <message>
        <source>Graph&apos;s answer</source>
        <translation>Graph&apos;ın yanıtı</translation>
    </message>
    <message>
        <source>Graph&apos;s answer shows here.</source>
        <translation>Graph&apos;ın yanıtı burada görünür.</translation>
    </message>
    <message>
        <source>No operation has this id; pick one from the list.</source>
        <translation>Bu kimliğe sahip işlem yok; listeden birini seçin.</translation>
    </message>
    <message>
        <source>%1 (%2, required)</source>
        <translation>%1 (%2, zorunlu)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2, group %3. Keys: %4.</source>
        <translation>%1 %2, grup %3. Anahtarlar: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>Deprecated since %1: %2</source>
        <translation>%1 tarihinden beri kullanımdan kaldırıldı: %2</translation>
    </message>
    <message>
        <source>The input is not JSON: %1 at character %2.</source>
        <translation>Girdi JSON değil: %2. karakterde %1.</translation>
    </message>
    <message>
        <source>The input must be a JSON object.</source>
        <translation>Girdi bir JSON nesnesi olmalı.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Send a DELETE</source>
        <translation>DELETE gönder</translation>
    </message>
    <message>
        <source>%1 deletes on %2: DELETE %3. Graph does not ask again and there is no undo.</source>
        <translation>%1, %2 üzerinde siler: DELETE %3. Graph bir daha sormaz ve geri alma yoktur.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Calling %1...</source>
        <translation>%1 çağrılıyor...</translation>
    </message>
    <message>
        <source>Graph answered %1.</source>
        <translation>Graph %1 ile yanıt verdi.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Panoya kopyalandı.</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::ReportView</name>
    <message>
        <source>Result per person</source>
        <translation>Kişi başına sonuç</translation>
    </message>
    <message>
        <source>Send again to the failed</source>
        <translation>Başarısız olanlara yeniden gönder</translation>
    </message>
    <message>
        <source>Send to those whose window reopened</source>
        <translation>Penceresi yeniden açılanlara gönder</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>CSV dışa aktar...</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Raporu dışa aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>The report cannot be written to %1: %2.</source>
        <translation>Rapor %1 konumuna yazılamıyor: %2.</translation>
    </message>
    <message>
        <source>No broadcast yet: the result per person shows here.</source>
        <translation>Henüz yayın yok: kişi başına sonuç burada görünür.</translation>
    </message>
    <message>
        <source>%1 sent, %2 skipped, %3 failed, %4 unknown (may have arrived; never sent again by itself), %5 waiting.</source>
        <translation>%1 gönderildi, %2 atlandı, %3 başarısız, %4 bilinmiyor (ulaşmış olabilir; kendiliğinden yeniden gönderilmez), %5 bekliyor.</translation>
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
    <message>
        <source>Changed on the page since you started editing: %1. Pick your value or the page&apos;s for each in the tab; Apply waits until you do.</source>
        <translation>Düzenlemeye başladığınızdan beri sayfada değişti: %1. Sekmede her biri için kendi değerinizi veya sayfanınkini seçin; Uygula siz seçene kadar bekler.</translation>
    </message>
    <message>
        <source>Pick a value for each field that changed on the page first.</source>
        <translation>Önce sayfada değişen her alan için bir değer seçin.</translation>
    </message>
    <message numerus="yes">
        <source>Apply will clear %n field(s) the page has: %1.</source>
        <translation>
            <numerusform>Uygula, sayfanın %n alanını temizleyecek: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear Fields</source>
        <translation>Alanları Temizle</translation>
    </message>
    <message>
        <source>%1 The page will no longer have them. Apply anyway?</source>
        <translation>%1 Sayfada artık bulunmayacaklar. Yine de uygulansın mı?</translation>
    </message>
    <message>
        <source>Clear and Apply</source>
        <translation>Temizle ve Uygula</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::SendMessageForm</name>
    <message>
        <source>Recipient and type</source>
        <translation>Alıcı ve tür</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>&amp;Alıcı biçimi:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Alıcı</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>A&amp;lıcı:</translation>
    </message>
    <message>
        <source>First name (optional)</source>
        <translation>Ad (isteğe bağlı)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Last name (optional)</source>
        <translation>Soyad (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <source>Messaging type</source>
        <translation>Mesaj türü</translation>
    </message>
    <message>
        <source>RESPONSE: an answer within 24 hours</source>
        <translation>RESPONSE: 24 saat içinde bir yanıt</translation>
    </message>
    <message>
        <source>UPDATE: news within 24 hours</source>
        <translation>UPDATE: 24 saat içinde bir haber</translation>
    </message>
    <message>
        <source>MESSAGE_TAG: outside the window, with a tag</source>
        <translation>MESSAGE_TAG: pencere dışında, bir etiketle</translation>
    </message>
    <message>
        <source>UTILITY: an approved template</source>
        <translation>UTILITY: onaylı bir şablon</translation>
    </message>
    <message>
        <source>Message tag</source>
        <translation>Mesaj etiketi</translation>
    </message>
    <message>
        <source>No tag</source>
        <translation>Etiket yok</translation>
    </message>
    <message>
        <source>HUMAN_AGENT: a person&apos;s reply within 7 days</source>
        <translation>HUMAN_AGENT: bir insanın 7 gün içindeki yanıtı</translation>
    </message>
    <message>
        <source>CONFIRMED_EVENT_UPDATE, POST_PURCHASE_UPDATE and ACCOUNT_UPDATE were retired in 2026 (reported 2026-04-27); only HUMAN_AGENT is left.</source>
        <translation>CONFIRMED_EVENT_UPDATE, POST_PURCHASE_UPDATE ve ACCOUNT_UPDATE 2026&apos;da kaldırıldı (2026-04-27&apos;de bildirildi); yalnızca HUMAN_AGENT kaldı.</translation>
    </message>
    <message>
        <source>&amp;Messaging type:</source>
        <translation>&amp;Mesaj türü:</translation>
    </message>
    <message>
        <source>Regular (sound and notification)</source>
        <translation>Normal (ses ve bildirim)</translation>
    </message>
    <message>
        <source>Silent push (notification, no sound)</source>
        <translation>Sessiz bildirim (ses yok)</translation>
    </message>
    <message>
        <source>No push</source>
        <translation>Bildirim yok</translation>
    </message>
    <message>
        <source>&amp;Notification:</source>
        <translation>&amp;Bildirim:</translation>
    </message>
    <message>
        <source>&amp;Send message</source>
        <translation>Mesajı &amp;gönder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message numerus="yes">
        <source>The message breaks %n rule(s); each is shown beside its part.</source>
        <translation>
            <numerusform>Mesaj %n kuralı ihlal ediyor; her biri ilgili bölümün yanında gösteriliyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>As the local store knows this person: %1</source>
        <translation>Yerel deponun bu kişi hakkında bildiği: %1</translation>
    </message>
    <message>
        <source>The local store knows no message from this PSID; Graph checks the window when the message is sent.</source>
        <translation>Yerel depo bu PSID&apos;den bir mesaj bilmiyor; Graph pencereyi mesaj gönderilirken denetler.</translation>
    </message>
    <message>
        <source>Uploading the attachment...</source>
        <translation>Ek yükleniyor...</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Gönderiliyor...</translation>
    </message>
    <message>
        <source>Sent: message_id %1 to recipient_id %2.</source>
        <translation>Gönderildi: message_id %1, recipient_id %2 alıcısına.</translation>
    </message>
    <message>
        <source>The attachment could not be uploaded, so nothing was sent.</source>
        <translation>Ek yüklenemedi, bu yüzden hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>The message was not sent.</source>
        <translation>Mesaj gönderilmedi.</translation>
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
    <name>mdesk::ui::ThreadView</name>
    <message>
        <source>Choose a thread on the left to read it and answer.</source>
        <translation>Okumak ve yanıtlamak için soldan bir konuşma seçin.</translation>
    </message>
    <message>
        <source>Load &amp;older messages</source>
        <translation>Daha &amp;eski mesajları yükle</translation>
    </message>
    <message>
        <source>Messages of the thread</source>
        <translation>Konuşmanın mesajları</translation>
    </message>
    <message>
        <source>Answer &amp;as:</source>
        <translation>&amp;Şu olarak yanıtla:</translation>
    </message>
    <message>
        <source>Persona to answer as</source>
        <translation>Yanıt verilecek persona</translation>
    </message>
    <message>
        <source>The Page itself</source>
        <translation>Sayfanın kendisi</translation>
    </message>
    <message>
        <source>Reload &amp;personas</source>
        <translation>&amp;Personaları yeniden yükle</translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation>Yanıtı &amp;gönder</translation>
    </message>
    <message>
        <source>Show &amp;typing</source>
        <translation>&amp;Yazıyor göster</translation>
    </message>
    <message>
        <source>Show the person that someone is typing (typing_on)</source>
        <translation>Kişiye birinin yazdığını gösterin (typing_on)</translation>
    </message>
    <message>
        <source>&amp;Mark seen</source>
        <translation>Görüldü olarak &amp;işaretle</translation>
    </message>
    <message>
        <source>Mark the person&apos;s messages as seen (mark_seen)</source>
        <translation>Kişinin mesajlarını görüldü olarak işaretleyin (mark_seen)</translation>
    </message>
    <message>
        <source>%1 (PSID %2)</source>
        <translation>%1 (PSID %2)</translation>
    </message>
    <message>
        <source>Unnamed person</source>
        <translation>Adsız kişi</translation>
    </message>
    <message>
        <source>Reading messages...</source>
        <translation>Mesajlar okunuyor...</translation>
    </message>
    <message>
        <source>The messages could not be read.</source>
        <translation>Mesajlar okunamadı.</translation>
    </message>
    <message>
        <source>(no text: an attachment or a template)</source>
        <translation>(metin yok: bir ek veya şablon)</translation>
    </message>
    <message>
        <source>The Page</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation>%1, %2:
%3</translation>
    </message>
    <message>
        <source>This thread has no messages.</source>
        <translation>Bu konuşmada mesaj yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) shown; scroll up for older ones.</source>
        <translation>
            <numerusform>%n mesaj gösteriliyor; daha eskiler için yukarı kaydırın.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) shown: the whole thread.</source>
        <translation>
            <numerusform>%n mesaj gösteriliyor: konuşmanın tamamı.</numerusform>
        </translation>
    </message>
    <message>
        <source>No thread chosen: there is nobody to answer.</source>
        <translation>Konuşma seçilmedi: yanıtlanacak kimse yok.</translation>
    </message>
    <message>
        <source>Fix the message first.</source>
        <translation>Önce mesajı düzeltin.</translation>
    </message>
    <message>
        <source>Uploading the attachment...</source>
        <translation>Ek yükleniyor...</translation>
    </message>
    <message>
        <source>Sending the reply...</source>
        <translation>Yanıt gönderiliyor...</translation>
    </message>
    <message>
        <source>The reply was not sent; it is kept in the box.</source>
        <translation>Yanıt gönderilmedi; kutuda saklanıyor.</translation>
    </message>
    <message>
        <source>Sent (message %1).</source>
        <translation>Gönderildi (mesaj %1).</translation>
    </message>
    <message>
        <source>The person sees that someone is typing.</source>
        <translation>Kişi birinin yazdığını görüyor.</translation>
    </message>
    <message>
        <source>The person&apos;s messages are marked as seen.</source>
        <translation>Kişinin mesajları görüldü olarak işaretlendi.</translation>
    </message>
    <message>
        <source>Typing could not be shown.</source>
        <translation>Yazıyor gösterilemedi.</translation>
    </message>
    <message>
        <source>The messages could not be marked seen.</source>
        <translation>Mesajlar görüldü olarak işaretlenemedi.</translation>
    </message>
    <message>
        <source>The Page&apos;s personas could not be read.</source>
        <translation>Sayfanın personaları okunamadı.</translation>
    </message>
    <message>
        <source>%1 (persona %2)</source>
        <translation>%1 (persona %2)</translation>
    </message>
    <message>
        <source>Progress of the reply</source>
        <translation>Yanıtın ilerlemesi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Stop the reply; an upload or a message that already left may still reach Graph.</source>
        <translation>Yanıtı durdurun; zaten gönderilmiş bir yükleme ya da ileti yine de Graph&apos;a ulaşabilir.</translation>
    </message>
    <message>
        <source>%1 The reply itself was not sent; it is kept in the box.</source>
        <translation>%1 Yanıtın kendisi gönderilmedi; kutuda duruyor.</translation>
    </message>
    <message>
        <source>Whether the reply went out is unknown; it is kept in the box. Look at the thread before you send it again.</source>
        <translation>Yanıtın gidip gitmediği bilinmiyor; kutuda duruyor. Yeniden göndermeden önce konuşmaya bakın.</translation>
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
    <name>mdesk::ui::ToolForm</name>
    <message>
        <source>Progress of the call</source>
        <translation>Çağrının ilerlemesi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Stop waiting for Graph; a write that already left may still be applied.</source>
        <translation>Graph&apos;ı beklemeyi bırakın; zaten gönderilmiş bir yazma yine de uygulanabilir.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mdesk::ui::UnlinkAccountForm</name>
    <message>
        <source>Ends the link between a person&apos;s Messenger account and their account on your service (account linking). They can link again from your login page.</source>
        <translation>Bir kişinin Messenger hesabı ile hizmetinizdeki hesabı arasındaki bağlantıyı (hesap bağlama) sonlandırır. Kişi giriş sayfanızdan yeniden bağlanabilir.</translation>
    </message>
    <message>
        <source>Page-scoped id of the person</source>
        <translation>Kişinin sayfa kapsamlı kimliği</translation>
    </message>
    <message>
        <source>&amp;PSID:</source>
        <translation>&amp;PSID:</translation>
    </message>
    <message>
        <source>&amp;Unlink account...</source>
        <translation>Hesap bağlantısını &amp;kaldır...</translation>
    </message>
    <message>
        <source>Unlink account</source>
        <translation>Hesap bağlantısını kaldır</translation>
    </message>
    <message>
        <source>Unlink the account of %1 on %2? Their Messenger account is no longer linked to their account on your service, and your webhook gets an account_linking &quot;unlinked&quot; event. This cannot be undone here; only the person can link again.</source>
        <translation>%2 üzerinde %1 hesabının bağlantısı kaldırılsın mı? Messenger hesabı artık hizmetinizdeki hesabına bağlı olmaz ve webhook&apos;unuz account_linking &quot;unlinked&quot; olayı alır. Bu burada geri alınamaz; yalnızca kişi yeniden bağlanabilir.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Bağlantıyı kaldır</translation>
    </message>
    <message>
        <source>Unlinking %1...</source>
        <translation>%1 bağlantısı kaldırılıyor...</translation>
    </message>
    <message>
        <source>%1 is unlinked. Graph answered: %2</source>
        <translation>%1 bağlantısı kaldırıldı. Graph&apos;ın yanıtı: %2</translation>
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
    <name>mdesk::ui::UserLookupForm</name>
    <message>
        <source>Person</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Page-scoped id (PSID)</source>
        <translation>Sayfa kapsamlı kimlik (PSID)</translation>
    </message>
    <message>
        <source>&amp;PSID:</source>
        <translation>&amp;PSID:</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Alanlar:</translation>
    </message>
    <message>
        <source>Look up &amp;profile</source>
        <translation>&amp;Profili sorgula</translation>
    </message>
    <message>
        <source>Show &amp;labels</source>
        <translation>&amp;Etiketleri göster</translation>
    </message>
    <message>
        <source>ID matching</source>
        <translation>Kimlik eşleştirme</translation>
    </message>
    <message>
        <source>Optional: only this app id</source>
        <translation>İsteğe bağlı: yalnızca bu uygulama kimliği</translation>
    </message>
    <message>
        <source>&amp;App filter:</source>
        <translation>&amp;Uygulama filtresi:</translation>
    </message>
    <message>
        <source>App-scoped id (ASID), for the Pages side</source>
        <translation>Sayfalar tarafı için uygulama kapsamlı kimlik (ASID)</translation>
    </message>
    <message>
        <source>AS&amp;ID:</source>
        <translation>AS&amp;ID:</translation>
    </message>
    <message>
        <source>Optional: only this Page id</source>
        <translation>İsteğe bağlı: yalnızca bu Sayfa kimliği</translation>
    </message>
    <message>
        <source>Pa&amp;ge filter:</source>
        <translation>Sa&amp;yfa filtresi:</translation>
    </message>
    <message>
        <source>IDs in other &amp;apps (from the PSID)</source>
        <translation>Diğer &amp;uygulamalardaki kimlikler (PSID&apos;den)</translation>
    </message>
    <message>
        <source>IDs in other Pa&amp;ges (from the ASID)</source>
        <translation>Diğer Sa&amp;yfalardaki kimlikler (ASID&apos;den)</translation>
    </message>
    <message>
        <source>ID matching sends appsecret_proof, made from the app&apos;s secret.</source>
        <translation>Kimlik eşleştirme, uygulama gizli anahtarından üretilen appsecret_proof&apos;u gönderir.</translation>
    </message>
    <message>
        <source>locale, timezone and gender need the Page&apos;s feature review; it is read when this form opens.</source>
        <translation>locale, timezone ve gender için Sayfanın özellik incelemesi gerekir; bu form açıldığında okunur.</translation>
    </message>
    <message>
        <source>ID matching requires appsecret_proof, and this app has no secret configured: add the app secret in Accounts. Nothing is sent until then.</source>
        <translation>Kimlik eşleştirme appsecret_proof gerektirir ve bu uygulama için gizli anahtar ayarlı değil: Hesaplar&apos;da uygulama gizli anahtarını ekleyin. O zamana kadar hiçbir şey gönderilmez.</translation>
    </message>
    <message>
        <source>Reading the feature review...</source>
        <translation>Özellik incelemesi okunuyor...</translation>
    </message>
    <message>
        <source>Every profile field is approved for this Page.</source>
        <translation>Her profil alanı bu Sayfa için onaylı.</translation>
    </message>
    <message>
        <source>Looking up %1...</source>
        <translation>%1 sorgulanıyor...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading the labels of %1...</source>
        <translation>%1 etiketleri okunuyor...</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 carries no label of this Page.</source>
        <translation>%1 bu Sayfanın hiçbir etiketini taşımıyor.</translation>
    </message>
    <message>
        <source>Labels of %1: %2</source>
        <translation>%1 etiketleri: %2</translation>
    </message>
    <message>
        <source>Matching ids...</source>
        <translation>Kimlikler eşleştiriliyor...</translation>
    </message>
    <message>
        <source>%1 in the app %2 (%3)</source>
        <translation>%2 uygulamasında %1 (%3)</translation>
    </message>
    <message>
        <source>No other app knows this person.</source>
        <translation>Başka hiçbir uygulama bu kişiyi tanımıyor.</translation>
    </message>
    <message>
        <source>%1 on the Page %2 (%3)</source>
        <translation>%2 Sayfasında %1 (%3)</translation>
    </message>
    <message>
        <source>No other Page knows this person.</source>
        <translation>Başka hiçbir Sayfa bu kişiyi tanımıyor.</translation>
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
    <name>mdesk::ui::WebhooksForm</name>
    <message>
        <source>Not read yet: press Read to ask Graph.</source>
        <translation>Henüz okunmadı: Graph&apos;a sormak için Oku&apos;ya basın.</translation>
    </message>
    <message>
        <source>Fields this app gets events for</source>
        <translation>Bu uygulamanın olay aldığı alanlar</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Oku</translation>
    </message>
    <message>
        <source>&amp;Subscribe with these fields</source>
        <translation>Bu alanlarla &amp;abone ol</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe...</source>
        <translation>Aboneliği &amp;bitir...</translation>
    </message>
    <message>
        <source>Check at least one field.</source>
        <translation>En az bir alan işaretleyin.</translation>
    </message>
    <message>
        <source>Reading the subscriptions...</source>
        <translation>Abonelikler okunuyor...</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>No app is subscribed to this Page&apos;s webhooks: your server gets no events from it.</source>
        <translation>Bu Sayfanın webhook&apos;larına abone olan uygulama yok: sunucunuz bu Sayfadan olay almıyor.</translation>
    </message>
    <message>
        <source>Subscribed apps:
%1</source>
        <translation>Abone uygulamalar:
%1</translation>
    </message>
    <message>
        <source>Subscribing...</source>
        <translation>Abone olunuyor...</translation>
    </message>
    <message>
        <source>The app now gets these events of %1: %2.</source>
        <translation>Uygulama artık %1 için şu olayları alıyor: %2.</translation>
    </message>
    <message>
        <source>Subscribed with: %1</source>
        <translation>Şunlarla abone olundu: %1</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Aboneliği bitir</translation>
    </message>
    <message>
        <source>Unsubscribe this app from %1&apos;s webhooks? Your server stops getting messages, postbacks and every other event of the Page until you subscribe again; people&apos;s messages are not answered by your bot meanwhile.</source>
        <translation>Bu uygulamanın %1 webhook aboneliği bitirilsin mi? Yeniden abone olana kadar sunucunuz Sayfanın mesajlarını, postback&apos;lerini ve diğer tüm olaylarını almaz; bu sürede botunuz kişilerin mesajlarını yanıtlamaz.</translation>
    </message>
    <message>
        <source>Unsubscribing...</source>
        <translation>Abonelik bitiriliyor...</translation>
    </message>
    <message>
        <source>The app no longer gets webhook events of %1.</source>
        <translation>Uygulama artık %1 webhook olaylarını almıyor.</translation>
    </message>
    <message>
        <source>No app of yours is subscribed now.</source>
        <translation>Şu anda uygulamalarınızdan hiçbiri abone değil.</translation>
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
</TS>
