VAR mood = 3
VAR trust = 1
// What the last typed reply did: set by Coachline after each typed reply.
VAR reply_rude = false
VAR reply_unclear = false
VAR said_time = false
VAR said_checkpoint = false
VAR said_overpromise = false
VAR said_vague = false

Behind her you can hear a coffee grinder and a queue of voices. #stage
My internet's been down since eleven! It's lunchtime, my card machine is dead, and I'm turning customers away. Do something!
-> opening

=== opening ===
* [That's the worst possible time. I'm on it now. Is it the card machine that's hurting most? #feeling+1 #needs+2 #mood+1 #note: One sentence of understanding, then a question that finds what matters most right now.]
    -> card
* [I'm so sorry to hear that, and I'll do everything I can. Before I look at the line, I do need to take you through a few quick security questions. #needs-1 #mood-1 #note: The apology was right, but process first, while she is losing customers, sounded like her loss didn't matter.]
    -> opening_cold
* [Let me register a fault. An engineer will contact you within 48 hours. #loss-2 #time-1 #mood-2 #note: A 48-hour ticket for a loss happening right now is no help at all.]
    -> opening_cold

=== opening_cold ===
Security questions? Forty-eight hours? I'm losing money every minute!
* [You're right, sorry. I've got your account from your number. Is it the card payments that matter most? #needs+2 #feeling+1 #mood+2 #note: Dropping the process and asking what matters most got the call back on track.]
    -> card
* [I'm sorry, I know it's frustrating, but I do have to follow the process to protect your account. It only takes a minute, and then I can look at everything. #mood-1 #note: However reasonable, repeating the process to someone in the middle of a loss pushes her away.]
    -> card

=== card ===
{ mood <= 1: -> hung_up_end }
Yes! Half my customers only pay by card.
You check: an area fault is affecting several businesses. The engineers estimate 3 pm. #stage
* [Thanks. There's a fault in your area affecting several businesses. The engineers are on it; their estimate is 3 pm. #honest+3 #trust+1 #note: The real cause and the real estimate, stated plainly, is what lets her plan.]
    -> three
* [It's probably your router. Have you tried restarting it? #loss-1 #honest-1 #mood-1 #note: Guessing at her equipment when the fault is on your side wastes her time and her patience.]
    -> three
* [I'm so sorry, at lunchtime of all times. There's a fault in your area, the engineers are working on it, and hopefully it won't be long. #feeling+1 #honest-1 #trust+1 #note: Warm and reassuring, but "hopefully it won't be long" hid the real 3 pm estimate she needs to plan her lunch service.]
    -> three

=== three ===
{ mood <= 1: -> hung_up_end }
Three o'clock?! I can't wait till three!
* [Then let's keep you taking payments. Your plan has a backup 4G dongle. I can switch it on now and your card machine can use it in ten minutes. Shall I? #loss+2 #needs+1 #mood+1 #trust+1 #note: Stopping the loss first: she is taking payments again long before the line is fixed.]
    -> guide
* [I'm really sorry, I know how hard that is, but it's an area fault, so I'm afraid there's nothing I can do from here until the engineers have fixed it. #loss-2 #honest-1 #mood-2 #note: There was something you could do; "nothing I can do", however kindly said, closes the door on it.]
    -> guide
* [I completely understand. Let's at least make sure you're compensated: I'll note when the outage started so we can work out a credit for the lost business. #loss-1 #needs-1 #note: Well meant, but compensation can wait; while the loss is still running, stopping it comes first.]
    -> guide

=== guide ===
{ mood <= 1: -> hung_up_end }
How does that work? I'm not technical.
* [Plug the dongle into the USB port on the back of the card machine. I'll stay on while it connects. #loss+1 #time+1 #trust+1 #mood+1 #note: Staying with her until it works makes sure the fix actually happens.]
    -> works
* [I'll text you a short step-by-step guide with pictures right now. It only takes a couple of minutes, so you can get back to your queue and call me if anything's unclear. #loss+1 #mood-1 #note: Quick, and it let her get back to the queue, but without you on the line nobody made sure it actually connected, and she felt left to it.]
    -> works

=== works ===
{ mood <= 1: -> hung_up_end }
A beep in the background. #stage
It's working! Oh, thank God. What about the WiFi for my customers?
* [The dongle is for payments only, so the customer WiFi stays down until the line's fixed. A sign on the door might save you some questions. #honest+2 #needs+1 #note: Saying plainly what the workaround can't do prevents the next disappointment.]
    -> checkpoint
* [That should work on the dongle too. #honest-2 #note: A confident guess that turns out wrong means an angry call later, when her customers can't connect.]
    -> checkpoint

=== checkpoint ===
{ mood <= 1: -> hung_up_end }
Okay. And when do I hear from you again?
* [#free:checkpoint] -> compensation

=== compensation ===
{ mood <= 1: -> hung_up_end }
{
    - reply_rude:
        Excuse me? I've had the morning from hell, I don't need attitude on top of it.
    - reply_unclear:
        Sorry, what? I've got a queue out the door. Just tell me when you'll call.
    - said_overpromise:
        Definitely by three? Right. I'm holding you to that, and I'm telling my regulars too.
    - said_time && said_checkpoint:
        Okay. A call at that time, and you tell me the second three o'clock moves. I can plan around that.
    - said_time:
        Okay, that time. But if the engineers are running late, I need to know before my afternoon regulars come in.
    - said_checkpoint:
        Fine, you'll tell me if it changes. But when will I actually hear from you?
    - said_vague:
        "As soon as you can" doesn't help me plan my afternoon. Give me a time.
    - else:
        That's not really an answer. When are you calling me?
}
And another thing. I want compensation for this. I've lost a morning's takings.
* [You're right to ask. You'll get your plan's service credit for the outage. For the lost takings, I'll log a claim today; the business team replies within five working days. I can't promise the outcome. #honest+2 #time+1 #feeling+1 #trust+1 #note: What is certain (the plan's credit), a route for the rest and a date, without promising what someone else decides.]
    -> closing
* [After a morning like this you deserve something back, and I don't want you out of pocket because of us. I'll make sure you get a full refund for this month's bill, and I'll note it on your account so nobody questions it. #honest-2 #note: Kind, but promising a refund you can't authorise sets up a second complaint.]
    -> closing
* [I'm sorry, I know it's been a costly morning. Your plan gives a service credit for outages, and I'll put it on your account today, so that part is sorted. #honest+1 #feeling+1 #mood-1 #note: Honest and kind, and the credit is certain, but you never offered a route for the lost takings she actually asked about.]
    -> closing

=== closing ===
{ mood <= 1: -> hung_up_end }
Okay. Thanks. You've actually been really helpful.
* [I'm glad we kept you trading. You'll get a text with your case number now, and I'll call you at half past two. #time+1 #feeling+1 #mood+1 #note: Confirming the next contact in the last sentence makes it stick.]
    -> wrap
* [You're so welcome, Rosa. You've handled a horrible lunchtime brilliantly. Go and serve your queue, I won't keep you a second longer. #feeling+2 #time-1 #note: Warm, and it let her get back to work, but you missed the chance to confirm the half past two call in your last sentence.]
    -> wrap

=== wrap ===
{ trust >= 6 && mood >= 5: -> kept_trading_end }
-> lost_lunch_end

=== kept_trading_end ===
Half two. Perfect. Right, I've got a queue to serve. #ending: kept-trading
-> END

=== hung_up_end ===
Forget it. I'll find a provider that actually helps.
The line goes quiet. #stage #ending: hung-up
-> END

=== lost_lunch_end ===
Fine. I'll just tell people it's cash only, I suppose. #ending: lost-lunch
-> END
