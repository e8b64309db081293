VAR mood = 4
VAR trust = 1

A cheerful voice. #stage
Hi! First time calling. Our office printer died this morning. Leo in sales said you do same-day fixes, so when will the engineer be here?
-> opening

=== opening ===
* [Thanks for calling, Mr Silva, and welcome. Let me check the printer fault first, and I'll be straight with you about timings in a moment. #feeling+1 #own+1 #trust+1 #note: A warm welcome and a promise of straight answers set up the honest conversation to come.]
    -> diagnosis
* [Sure, we'll get someone out to you today. #honest-2 #note: Promising today before checking anything repeats the over-promise you'll have to take back.]
    -> diagnosis
* [Sales always say that. It isn't true, I'm afraid. #one-voice-2 #honest-1 #mood-1 #note: Calling sales liars splits the company in two in the customer's first week.]
    -> diagnosis

=== diagnosis ===
You run the remote test: a failed part. An engineer has to visit. The first free slot is tomorrow at 9. #stage
So? Today?
* [I'd rather be honest with you now than later. Your contract gives a same-day response, which is what I'm doing, and an on-site repair within two working days. An engineer today isn't something I can promise. #honest+2 #one-voice+1 #trust+1 #mood-1 #note: The real commitment, early and plainly; it costs a little goodwill now and saves a lot later.]
    -> reaction
* [It'll probably be today or tomorrow. #honest-2 #note: A hopeful guess is a promise to him, and this one is already wrong.]
    -> reaction
* [Leo shouldn't have told you that. #one-voice-2 #mood-1 #note: Blaming a colleague by name makes the company look divided.]
    -> reaction

=== reaction ===
{ mood <= 1: -> cancels_end }
Two days? Leo definitely said same day. We can't print invoices!
* [I'm sorry, that's a real disappointment, especially in your first week with us. Let me see what I can do to keep you printing in the meantime. #feeling+2 #best+1 #mood+1 #note: Acknowledging the disappointment and moving to what you can do keeps him with you.]
    -> what_today
* [I can only go by the contract, I'm afraid. #feeling-1 #mood-1 #note: True, but it sounds like a wall, not help.]
    -> what_today

=== what_today ===
{ mood <= 1: -> cancels_end }
What can you do?
* [Two things today. I've booked the first engineer slot, tomorrow at 9, not the full two days. And you can print at our cloud print point at the copy shop next door, free, until it's fixed. I'll email you the setup. #best+2 #own+1 #trust+1 #mood+1 #note: The earliest slot plus a way to keep printing meets the need behind the demand.]
    -> sales
* [Not much until the engineer comes, unfortunately. #best-2 #mood-1 #note: There was something you could do; "not much" leaves him stuck with his invoices.]
    -> sales

=== sales ===
{ mood <= 1: -> cancels_end }
So was Leo lying to me?
* [I can't say exactly what was said, and I don't want to guess. What I can do is make sure sales and I describe the service the same way from now on. I'll pass this on to them today. #one-voice+2 #honest+1 #own+1 #note: No guessing, no blaming, and a fix so the next customer hears one story.]
    -> in_writing
* [Yes, he exaggerated. #one-voice-2 #note: Confirming a colleague misled him is speculation, and it damages trust in everyone.]
    -> in_writing
* [Sales people get a bit excited sometimes. #one-voice-1 #honest-1 #note: A joke at sales' expense is still blame, and still a guess.]
    -> in_writing

=== in_writing ===
{ mood <= 1: -> cancels_end }
Can you send me all of that in writing?
* [Yes. I'll email you the booking, the cloud print setup and a one-page summary of what your contract covers, within ten minutes. #own+1 #honest+1 #trust+1 #note: Writing it down turns spoken promises into something he can rely on.]
    -> future
* [It's all in your contract. #own-1 #mood-1 #note: Pointing him at the small print is how today's misunderstanding happened.]
    -> future

=== future ===
{ mood <= 1: -> cancels_end }
And next time something breaks, what should I expect?
* [#free:future] -> closing

=== closing ===
{ mood <= 1: -> cancels_end }
Okay. It's not what I was told, but at least I know where I stand.
* [That's fair, and thank you for being so understanding. I'll call you tomorrow after the engineer's visit to make sure everything's working. #own+2 #feeling+1 #trust+1 #mood+1 #note: A promised call back after the visit closes the loop on his first fault.]
    -> wrap
* [Great. Anything else? #own-1 #note: A brisk close misses the chance to show follow-through.]
    -> wrap

=== wrap ===
{ trust >= 5 && mood >= 4: -> clear_end }
-> uneasy_end

=== clear_end ===
Tomorrow at nine, then. Thanks for being straight with me. #ending: clear
-> END

=== cancels_end ===
I think I'll use the cooling-off period. This isn't what I signed up for.
He ends the call. #stage #ending: cancels
-> END

=== uneasy_end ===
Right. We'll see how tomorrow goes. #ending: uneasy
-> END
