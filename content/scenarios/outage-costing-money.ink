VAR mood = 3
VAR trust = 1

Behind her you can hear a coffee grinder and a queue of voices. #stage
My internet's been down since eleven! It's lunchtime, my card machine is dead, and I'm turning customers away. Do something!
-> opening

=== opening ===
* [That's the worst possible time, and I'm on it right now. While I check the line: is it the card machine that's hurting most? #feeling+1 #needs+2 #mood+1 #note: One sentence of understanding, then a question that finds what matters most right now.]
    -> card
* [I'm sorry to hear that. Can I take you through some security questions first? #needs-1 #mood-1 #note: Process first, while she is losing customers, sounded like her loss didn't matter.]
    -> opening_cold
* [Let me register a fault. An engineer will contact you within 48 hours. #loss-2 #time-1 #mood-2 #note: A 48-hour ticket for a loss happening right now is no help at all.]
    -> opening_cold

=== opening_cold ===
Security questions? Forty-eight hours? I'm losing money every minute!
* [You're right. I can see your account from your number already. Tell me: is it the card payments that matter most right now? #needs+2 #feeling+1 #mood+2 #note: Dropping the process and asking what matters most got the call back on track.]
    -> card
* [I'm sorry, I have to follow the process. #mood-1 #note: Repeating the process to someone in the middle of a loss pushes her away.]
    -> card

=== card ===
{ mood <= 1: -> hung_up_end }
Yes! Half my customers only pay by card.
You check: an area fault is affecting several businesses. The engineers estimate 3 pm. #stage
* [Thank you. I can see a fault in your area affecting several businesses. The engineers are on it, and the current estimate is 3 pm. #honest+2 #trust+1 #note: The real cause and the real estimate, stated plainly, is what lets her plan.]
    -> three
* [It's probably your router. Have you tried restarting it? #loss-1 #honest-1 #mood-1 #note: Guessing at her equipment when the fault is on your side wastes her time and her patience.]
    -> three
* [It should be back any minute now. #honest-2 #trust+1 #note: A comforting guess becomes a broken promise when it's still down at two.]
    -> three

=== three ===
{ mood <= 1: -> hung_up_end }
Three o'clock?! I can't wait till three!
* [Then let's keep you taking payments until then. Your plan includes a backup 4G dongle. I can activate it now, and your card machine can run on it in about ten minutes. Shall I? #loss+2 #needs+1 #mood+1 #trust+1 #note: Stopping the loss first: she is taking payments again long before the line is fixed.]
    -> guide
* [I'm afraid there's nothing I can do until it's fixed. #loss-2 #honest-1 #mood-2 #note: There was something you could do; "nothing I can do" closes the door on it.]
    -> guide
* [Let's talk about compensation for the lost business. #loss-1 #needs-1 #note: Compensation can wait; while the loss is still running, stopping it comes first.]
    -> guide

=== guide ===
{ mood <= 1: -> hung_up_end }
How does that work? I'm not technical.
* [Plug the dongle into the USB port on the back of the card machine. I'll stay on the line while it connects. #loss+1 #time+1 #trust+1 #mood+1 #note: Staying with her until it works makes sure the fix actually happens.]
    -> works
* [I'll email you the instructions. #loss-1 #mood-1 #note: Instructions by email, in the middle of a lunch rush, may never get read.]
    -> works

=== works ===
{ mood <= 1: -> hung_up_end }
A beep in the background. #stage
It's working! Oh, thank God. What about the WiFi for my customers?
* [The dongle is for payments only, so the customer WiFi stays down until the line's fixed. A sign on the door might save you some questions. #honest+2 #needs+1 #note: Saying plainly what the workaround can't do prevents the next disappointment.]
    -> checkpoint
* [That should work on the dongle too. #honest-2 #note: A wrong answer now means an angry call later, when her customers can't connect.]
    -> checkpoint

=== checkpoint ===
{ mood <= 1: -> hung_up_end }
Okay. And when do I hear from you again?
* [#free:checkpoint] -> compensation

=== compensation ===
{ mood <= 1: -> hung_up_end }
And I want compensation for this. I've lost a morning's takings.
* [You're right to ask. The outage is on our side, so you'll get the service credit your business plan gives for outages. For the lost takings, I'll log a claim with our business team today and they'll reply within five working days. I can't promise the outcome, but I'll make sure it's looked at. #honest+2 #time+1 #feeling+1 #trust+1 #note: What is certain (the plan's credit), a route for the rest and a date, without promising what someone else decides.]
    -> closing
* [I'll make sure you get a full refund for the month. #honest-2 #note: Promising a refund you can't authorise sets up a second complaint.]
    -> closing
* [We don't compensate for lost business. #feeling-1 #honest-1 #mood-2 #note: A flat refusal, when there is a credit and a claims route, is neither true nor kind.]
    -> closing

=== closing ===
{ mood <= 1: -> hung_up_end }
Okay. Thanks. You've actually been really helpful.
* [I'm glad we kept you trading. You'll get a text with your case number now, and I'll call you at half past two. #time+1 #feeling+1 #mood+1 #note: Confirming the next contact in the last sentence makes it stick.]
    -> wrap
* [No problem. Bye. #time-1 #note: A missed chance to confirm what happens next.]
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
