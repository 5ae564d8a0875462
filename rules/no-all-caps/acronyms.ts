/**
 * Acronyms and initialisms agents write in capitals without shouting. Upper case
 * as written; a trailing plural "S" ("IDS") is accepted for each. Entries that are
 * also ordinary words (IT, US, AM, OR, WHO) are in `ambiguousAcronyms` too: alone
 * they pass, inside a shouted passage they count as shouting.
 */
export const acronyms: readonly string[] = [
  // Support and commerce
  'ID', 'PIN', 'OTP', 'FAQ', 'FAQS', 'ETA', 'ASAP', 'FYI', 'AKA', 'DIY', 'RIP', 'TBD', 'TBA', 'TBC', 'RSVP', 'NA', 'OK',
  'SKU', 'UPC', 'EAN', 'ASIN', 'ISBN', 'RMA', 'PO', 'COD', 'EOD', 'COB', 'EOB', 'SLA', 'CSAT', 'NPS', 'KPI', 'ROI',
  'CRM', 'ERP', 'SAAS', 'QA', 'UX', 'UI', 'CX', 'PR', 'HR', 'IT', 'CEO', 'CFO', 'CTO', 'COO', 'VP', 'MD', 'GM',
  'DM', 'DMS', 'PM', 'AM', 'PS', 'PPS', 'NB', 'RE', 'FW', 'FWD', 'CC', 'BCC', 'TOS', 'EULA', 'NDA', 'LLC', 'INC',
  'LTD', 'PLC', 'GMBH', 'AG', 'SA', 'BV', 'GDPR', 'CCPA', 'HIPAA', 'PCI', 'DSS', 'SOC', 'ISO', 'ADA', 'FTC', 'FCC',
  'FDA', 'IRS', 'HMRC', 'DMV', 'NHS', 'USPS', 'UPS', 'DHL', 'TNT', 'EMS', 'FBA', 'APO', 'FPO', 'DPO', 'POS',
  // Money
  'VAT', 'GST', 'HST', 'PST', 'QST', 'APR', 'APY', 'ATM', 'ACH', 'IBAN', 'BIC', 'SWIFT', 'CVV', 'CVC', 'CVV2', 'SSN',
  'EIN', 'ITIN', 'DOB', 'ZIP', 'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'JPY', 'INR', 'CHF', 'CNY', 'MXN', 'BRL',
  'SEK', 'NOK', 'DKK', 'PLN', 'ZAR', 'SGD', 'HKD', 'EMI', 'BNPL', 'FX', 'YTD', 'MTD', 'YOY', 'FY', 'Q&A', 'T&C',
  'T&CS', 'P&L', 'AT&T', 'B2B', 'B2C',
  // Tech
  'PC', 'PCS', 'MAC', 'OS', 'IOS', 'CPU', 'GPU', 'RAM', 'ROM', 'SSD', 'HDD', 'USB', 'HDMI', 'VGA', 'DVI', 'AUX',
  'LED', 'LCD', 'OLED', 'QLED', 'HD', 'UHD', 'HDR', 'TV', 'TVS', 'DVD', 'CD', 'DVR', 'VR', 'AR', 'AI', 'ML', 'API',
  'SDK', 'URL', 'URLS', 'HTML', 'CSS', 'JS', 'JSON', 'XML', 'CSV', 'PDF', 'JPG', 'JPEG', 'PNG', 'GIF', 'SVG', 'HEIC',
  'MP3', 'MP4', 'MOV', 'TXT', 'DOC', 'DOCX', 'XLS', 'XLSX', 'RAR', 'SQL', 'SSL', 'TLS', 'HTTP', 'HTTPS',
  'FTP', 'SFTP', 'SSH', 'DNS', 'IP', 'TCP', 'UDP', 'VPN', 'ISP', 'LAN', 'WAN', 'WLAN', 'SSID', 'WPA', 'WPA2',
  'WPA3', 'WEP', 'WPS', 'NAT', 'DHCP', 'MTU', 'QOS', 'UPNP', 'NFC', 'RFID', 'GPS', 'LTE', 'SIM', 'ESIM', 'IMEI',
  'ICCID', 'MEID', 'ESN', 'APN', 'MMS', 'SMS', 'RCS', 'MFA', 'SSO', 'SAML', 'OAUTH', 'LDAP', 'AD', 'QR', 'OCR',
  'BIOS', 'UEFI', 'RGB', 'HVAC', 'SOAP', 'AC', 'DC', 'PSU', 'KVM', 'NAS', 'SAN', 'RAID', 'IDE', 'CLI', 'GUI', 'CMS',
  'CDN', 'SEO', 'SMTP', 'IMAP', 'POP', 'POP3', 'MX', 'SPF', 'DKIM', 'DMARC', 'PGP', 'AES', 'RSA', 'SHA', 'MD5',
  'CAPTCHA', 'WIFI', 'BT', 'PS4', 'PS5', 'PSN', 'XBOX', 'NES', 'DLC', 'FPS', 'MMO', 'RPG', 'GTA', 'HP', 'IBM',
  'LG', 'AMD', 'ASUS', 'BMW', 'VW', 'DSL', 'ADSL', 'VDSL', 'ONT', 'EPG', 'OTA', 'IPTV', 'VOD', 'PPV',
  // Units
  'KB', 'MB', 'GB', 'TB', 'KBPS', 'MBPS', 'GBPS', 'GHZ', 'MHZ', 'KW', 'KWH', 'MPH', 'KPH', 'KM', 'CM', 'MM', 'KG',
  'LB', 'LBS', 'OZ', 'PSI', 'RPM',
  // Time zones and dates
  'UTC', 'GMT', 'BST', 'CET', 'CEST', 'EET', 'IST', 'JST', 'AEST', 'AEDT', 'ACST', 'AWST', 'NZST', 'EST', 'EDT',
  'CST', 'CDT', 'MST', 'MDT', 'PDT', 'AKST', 'ET', 'CT', 'MT', 'PT', 'BC', 'BCE', 'CE',
  // Places and organisations
  'US', 'USA', 'UK', 'EU', 'EEA', 'UAE', 'NYC', 'LA', 'SF', 'UN', 'WHO', 'NATO', 'NASA', 'FBI', 'CIA', 'BBC',
  'CNN', 'NBA', 'NFL', 'NHL', 'MLB', 'FIFA', 'UEFA', 'COVID', 'HIV', 'AIDS', 'DNA', 'RN', 'DDS', 'PHD', 'MBA', 'BA',
  'BSC', 'MSC', 'GP', 'ER', 'ICU', 'EMT', 'OTC', 'RX', 'EHR', 'EMR', 'TSA', 'CBP', 'ESTA', 'ETIAS', 'IATA', 'PNR',
  'AL', 'AK', 'AZ', 'CA', 'CO', 'DE', 'FL', 'GA', 'HI', 'IA', 'IL', 'IN', 'KS', 'KY', 'MA', 'ME', 'MI',
  'MN', 'MO', 'MS', 'NC', 'ND', 'NE', 'NH', 'NJ', 'NM', 'NV', 'NY', 'OH', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX',
  'UT', 'VA', 'VT', 'WA', 'WI', 'WV', 'WY', 'AB', 'ON', 'QC', 'NS', 'NSW', 'VIC', 'QLD', 'ACT', 'NT', 'TAS',
]

/** Acronyms that are also everyday words: they count as shouting inside a shouted passage. */
export const ambiguousAcronyms: readonly string[] = [
  'IT', 'US', 'AM', 'OR', 'IN', 'ME', 'OH', 'HI', 'OK', 'WHO', 'AS', 'AT', 'ON', 'PA', 'MA', 'DE', 'CAN',
  'ACT', 'POP', 'SWIFT', 'OFF', 'RIP', 'AD', 'ER', 'GP', 'NA', 'RE', 'ZIP', 'MAC', 'SAN', 'PIN', 'SIM', 'CD', 'LA',
]
