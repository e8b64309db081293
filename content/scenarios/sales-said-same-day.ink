VAR mood = 4
VAR trust = 1
VAR pressed = 0
// What the last typed reply did: set by Coachline after each typed reply.
VAR reply_rude = false
VAR reply_unclear = false
VAR said_response_time = false
VAR said_repair_time = false
VAR said_overpromise = false
VAR said_blames_sales = false
VAR said_jargon = false

A cheerful voice. #stage
Hi! First time calling. Our office printer died this morning. Leo in sales said you do same-day fixes, so when will the engineer be here?
-> opening

=== opening ===
* [Welcome, Mr Silva. Let me check the fault first, then I'll be straight with you about timings. #feeling+1 #own+1 #trust+1 #note: A warm welcome and a promise of straight answers set up the honest conversation to come.]
    -> diagnosis
* [Of course! Let me just take a few details about the printer, and we'll get an engineer out to you today so you're back up and running. #honest-2 #note: Promising today before checking anything repeats the over-promise you'll have to take back.]
    -> diagnosis
* [Sales always say that, I'm afraid. It isn't quite how it works. #one-voice-2 #honest-1 #mood-1 #note: Calling sales liars splits the company in two in the customer's first week.]
    -> diagnosis

=== diagnosis ===
You run the remote test: a failed part. An engineer has to visit. The first free slot is tomorrow at 9. #stage
So? Today?
* [I'd rather be straight with you now. Your contract covers a same-day response, which is this call, and an on-site repair within two working days. So not today, I'm afraid. #honest+2 #one-voice+1 #trust+1 #mood-1 #note: The real commitment, early and plainly; it costs a little goodwill now and saves a lot later.]
    -> reaction
* [Let me see what I can do. Engineers sometimes get freed up during the day, so it'll probably be today, or tomorrow at the latest. I'll put a note on the job asking them to come as soon as they can. #honest-2 #note: A hopeful guess is a promise to him, and this one is already wrong.]
    -> reaction
* [Not today, I'm afraid. Your contract has an engineer on site within two working days. #honest+1 #mood-1 #note: Quick and true, but he heard "no" and "two days" without hearing what the contract does promise today, so it sounds like a failure rather than a fair deal.]
    -> reaction

=== reaction ===
{ mood <= 1: -> cancels_end }
Two days? Leo definitely said same day. We can't print invoices!
* [I'm sorry. That's a real blow, especially in your first week. Let's keep you printing in the meantime. #feeling+2 #best+1 #mood+1 #note: Acknowledging the disappointment and moving to what you can do keeps him with you.]
    -> what_today
* [Let's get you printing, then. There's a way to do that today. #best+1 #mood-1 #note: Straight to the fix he needs, but skipping the sorry leaves his disappointment hanging in the air.]
    -> what_today

=== what_today ===
{ mood <= 1: -> cancels_end }
What can you do?
* [Two things. I've booked the first slot, tomorrow at 9. And until then, you can print free at our cloud print point in the copy shop next door. I'll email you how. #best+2 #own+1 #trust+1 #mood+1 #note: The earliest slot plus a way to keep printing meets the need behind the demand.]
    -> sales
* [Not much until the engineer comes, unfortunately. I've marked the job as urgent on our system, so the engineer knows it's affecting your business, and I'm really sorry I can't do more than that today. #best-2 #mood-1 #note: There was something you could do; "not much", however kindly said, leaves him stuck with his invoices.]
    -> sales

=== sales ===
{ mood <= 1: -> cancels_end }
So was Leo lying to me?
* [I can't say what was said, and I won't guess. What I can do is make sure sales and I describe your service the same way. I'll raise it with them today. #one-voice+2 #honest+1 #own+1 #note: No guessing, no blaming, and a fix so the next customer hears one story.]
    -> cooling_off
* [I wasn't on that call, so I really can't say. Let's focus on getting you printing. #one-voice+2 #trust-1 #note: No guessing and no blame, but brushing past his question leaves him wondering if it will happen again, and nothing changes for the next customer.]
    -> cooling_off
* [Honestly? Sales people do get a bit carried away sometimes; it comes with the job. He probably meant a same-day response, and I'm sure he didn't mean to mislead you. #one-voice-1 #honest-1 #note: A joke at sales' expense is still blame, and "he probably meant" is still a guess.]
    -> cooling_off

=== cooling_off ===
{ mood <= 1: -> cancels_end }
A pause. #stage
I don't want to be difficult. But I signed because of "same-day fixes". Can I still use the cooling-off period?
* [You can, and you have five days left. Tell me, now or by email, and I'll pass it to our accounts team the same day, at no charge. I'd like the chance to fix things first, but it's your choice. #own+2 #honest+1 #trust+2 #note: His right, how to use it and by when, with nothing in the way. Asking for the chance to put it right is fair, as long as the choice stays his.]
    -> in_writing
* [I'd hold off if I were you. Once the printer's fixed tomorrow, I'm sure you'll find the service is good, and most new customers feel like this in the first week. #own-2 #honest-1 #pressed+1 #note: Meant kindly, but it talks him out of a right he asked about, and never says how to use it. A calm customer may just agree and go quiet. Tell him how it works, then let the fix make the case.]
    -> in_writing
* [Cancellations have to go in writing to head office, and they can take a while to go through, so it's probably simpler to see how tomorrow goes first. #own-2 #honest-2 #mood-1 #pressed+1 #note: None of that is true of his contract: he tells you, and you pass it to accounts, at no charge. Hurdles in front of a right are obstruction, however casually they are put.]
    -> in_writing
* [Yes, you can. Our accounts team handles cancellations. I'll give you their number before we finish. #honest+1 #own-1 #mood-1 #note: True, but it hands him a phone number for something he can do through you, and says nothing about how long he has. Tell him how it works and by when, and let him decide in his own time.]
    -> in_writing

=== in_writing ===
{ mood <= 1: -> cancels_end }
I'll think about it. Can you send me all of that in writing?
* [Yes. Within ten minutes you'll have the booking, the cloud print setup and a one-page summary of your contract, cooling-off period included. #own+1 #honest+1 #trust+1 #note: Writing it down turns spoken promises into something he can rely on.]
    -> future
* [It's all in the contract you signed, and you'll get an automatic email confirming the engineer booking. The cloud print details are on our website too, under business services. #own-1 #mood-1 #note: Pointing him at the small print and the website is how today's misunderstanding happened.]
    -> future

=== future ===
{ mood <= 1: -> cancels_end }
And next time something breaks, what should I expect?
* [#free:future] -> closing

=== closing ===
{ mood <= 1: -> cancels_end }
{
    - reply_rude:
        Oh. Okay. Sorry, I was only asking. I'm new to all this.
    - reply_unclear:
        Sorry, you've lost me there. Could you say that in a sentence? What actually happens when something breaks?
    - said_overpromise:
        Same day? That's what Leo told me, and here we are waiting until tomorrow. Which is it?
    - said_blames_sales:
        I don't want to get Leo into trouble. I just want to know what to expect.
    - said_jargon:
        Sorry, I don't speak the lingo. In plain English: if it breaks, how long until it works again?
    - said_response_time && said_repair_time:
        So someone looks at it the same day, and an engineer comes within two working days if it needs one. It's not what I was told, but at least I know where I stand.
    - said_repair_time:
        Two working days for an engineer, okay. Does anyone at least look at it before that, or do I just wait?
    - said_response_time:
        Someone looks at it the same day. And if it needs an engineer, like today? How long then?
    - else:
        Sorry, I'm still not clear. If something breaks, how long until it's fixed?
}
Right. Is there anything else I should know?
* [Just one thing: thank you for being so understanding. I'll call you tomorrow after the engineer's visit to check it's all working. #own+2 #feeling+1 #trust+1 #mood+1 #note: A promised call back after the visit closes the loop on his first fault.]
    -> wrap
* [Great, glad we got there. You'll get a short survey by email after this call, and it really helps us if you fill it in. Is there anything else I can help with today? #own-1 #note: A script close, survey and all, misses the chance to show follow-through on his first fault.]
    -> wrap

=== wrap ===
{ pressed >= 1: -> uneasy_end }
{ trust >= 5 && mood >= 4: -> clear_end }
-> uneasy_end

=== clear_end ===
Tomorrow at nine, then. Thanks for being straight with me. #ending: clear
-> END

=== cancels_end ===
I think I'll use the cooling-off period. This isn't what I signed up for.
His cancellation goes to the accounts team, who will confirm it in writing. He ends the call. #stage #ending: cancels
-> END

=== uneasy_end ===
Right. We'll see how tomorrow goes. #ending: uneasy
-> END
