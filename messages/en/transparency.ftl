# The public pledge log (issue 23): receipts, /verify, and the checkpoints posted to the channels.

command-verify = Check your receipt in the public pledge log

receipt-offer = Get a receipt
receipt-shown =
    Your receipt (entry { $leaf } of the public pledge log):

    { $receipt }

    With it you, and only you, can check at any time that your signature is counted: send /verify followed by the receipt. The bot does not keep it and cannot show it again.

    Warning: a receipt kept on your phone or in a chat is evidence that you signed. If your phone may be searched, do not keep it, and delete this message.
receipt-gone = This receipt is no longer available: it is shown only once, within a few minutes of signing. Your signature is counted all the same.

verify-usage = Send /verify followed by your receipt, exactly as the bot showed it after you signed.
verify-malformed = This is not a receipt. Copy the whole receipt exactly as the bot showed it, then send /verify followed by it.
verify-pending = Entry { $leaf } is not in a published checkpoint yet. The next checkpoint comes { DATETIME($when, dateStyle: "long", timeStyle: "short") } at the earliest: check again after that.
verify-failed = This receipt does not match entry { $leaf } of the log. Check that you copied all of it; if it still does not match, please tell the campaign.
verify-ok = Your receipt checks out: entry { $leaf } is in the latest signed checkpoint of the log (entries: { NUMBER($size) }, signatures counted: { NUMBER($count) }).

transparency-checkpoint-post =
    Public pledge log: a new signed checkpoint.
    Entries: { NUMBER($size) }. Signatures counted: { NUMBER($count) }.
    Root hash: { $root }
    Anyone can check with this checkpoint that no signature has been removed or altered since the previous one. The signed checkpoint follows.
