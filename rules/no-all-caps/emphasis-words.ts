/**
 * Everyday words agents shout that the Dale-Chall list of familiar words lacks
 * (it is a list of words children know). Lower case, base forms; inflections
 * (-s, -ed, -ing, -ly, -er, -est) are handled by the rule.
 */
export const emphasisWords: readonly string[] = [
  // Negative contractions typed without their apostrophe ("DONT", "DIDNT"): still shouted words.
  'dont', 'doesnt', 'didnt', 'cant', 'couldnt', 'wont', 'wouldnt', 'shouldnt', 'isnt', 'arent', 'wasnt', 'werent',
  'havent', 'hasnt', 'hadnt', 'mustnt', 'aint',
  'absolute', 'absolutely', 'actual', 'actually', 'again', 'anyone', 'anything', 'anyway', 'asap', 'attention',
  'available', 'basic', 'before', 'both', 'cancel', 'careful', 'carefully', 'certain', 'certainly', 'check',
  'complete', 'completely', 'confirm', 'correct', 'critical', 'current', 'deadline', 'definite', 'definitely',
  'delete', 'deliver', 'delivery', 'do', 'does', 'done', 'due', 'each', 'either', 'else', 'email', 'entire',
  'entirely', 'essential', 'every', 'everyone', 'everything', 'exact', 'exactly', 'expire', 'expires', 'extreme',
  'extremely', 'final', 'finally', 'free', 'full', 'fully', 'guarantee', 'guaranteed', 'hello', 'help', 'highly',
  'however', 'huge', 'immediate', 'immediately', 'important', 'importantly', 'impossible', 'include', 'instead',
  'issue', 'least', 'limited', 'mandatory', 'maximum', 'minimum', 'minute', 'must', 'need', 'needed', 'neither',
  'never', 'none', 'not', 'note', 'nothing', 'notice', 'now', 'only', 'order', 'password', 'payment', 'please',
  'possible', 'process', 'processed', 'really', 'receive', 'received', 'refund', 'remember', 'reminder',
  'request', 'required', 'seriously', 'shortly', 'should', 'soon', 'sorry', 'still', 'stop', 'sure', 'thank',
  'thanks', 'today', 'tonight', 'total', 'totally', 'truly', 'update', 'urgent', 'urgently', 'warning', 'whatever',
  'within', 'without', 'wrong', 'yes', 'your', 'yours',
  // Support vocabulary agents shout ("RESTART the router", "your account is SUSPENDED").
  'active', 'additional', 'amazing', 'apologies', 'apologize', 'approved', 'attach', 'awesome', 'backup', 'blocked',
  'congratulations', 'contact', 'credit', 'declined', 'denied', 'discount', 'download', 'excellent', 'expired',
  'fantastic', 'fee', 'horrible', 'inactive', 'install', 'invalid', 'invoice', 'item', 'locked', 'login', 'logout',
  'massive', 'official', 'optional', 'overdue', 'parcel', 'perfect', 'permanent', 'policy', 'product', 'reboot',
  'receipt', 'reinstall', 'reply', 'reset', 'respond', 'restart', 'screenshot', 'shipping', 'submit', 'support',
  'suspended', 'temporary', 'tracking', 'unavailable', 'uninstall', 'unfortunately', 'unplug', 'upgrade', 'upload',
  'valid', 'verify', 'warranty', 'weekend', 'wow',
]
