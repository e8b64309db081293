VAR mood = 3
VAR trust = 1
// What the last typed reply did: set by Coachline after each typed reply.
VAR reply_rude = false
VAR reply_unclear = false
VAR said_when = false
VAR said_swap = false
VAR said_back_to_you = false
VAR said_another_transfer = false
VAR said_return_first = false

A new chat. The history above it shows three transfers in forty minutes. #stage
This is the FOURTH person I've been sent to. I ordered a 14-inch laptop, got a 16-inch, and every department says it's another department's job.
-> opening

=== opening ===
* [Sorry you've been passed around, Mr Mehta. I've read the whole history, so no need to repeat anything. I'm handling this myself from here. #own+2 #listen+1 #feeling+1 #mood+1 #note: An apology, proof you had read the history, and ownership in the first message is exactly what a fourth contact needs.]
    -> loop
* [Hello Mr Mehta, thank you for waiting, and I'm sorry to hear there's a problem with your order. So that I can look into it properly, could you confirm your order number and tell me in your own words what went wrong? #listen-2 #mood-1 #note: Polite, but asking for what is already in the history makes him start again for the fourth time.]
    -> opening_cold
* [I'm sorry about that. Exchanges go through our returns team, so I'll transfer you now with a note. #own-2 #mood-2 #note: Even with a note, a fourth transfer is the one thing guaranteed to make it worse.]
    -> opening_cold

=== opening_cold ===
You haven't even read the chat, have you?
* [You're right, sorry. Reading it now: order 5512, 14-inch ordered, 16-inch delivered, three transfers. This stays with me. #listen+2 #own+1 #mood+2 #note: Reading it back, with the details, showed you had caught up, and ownership followed.]
    -> loop
* [Sorry, you're right. Give me a minute to read it all, and I won't ask you to repeat anything. #listen+1 #feeling+1 #mood+1 #note: An honest apology and a promise not to make him repeat himself, but he waits while you catch up and still doesn't know you'll be the one who fixes it.]
    -> loop

=== loop ===
{ mood <= 1: -> gave_up_end }
Good. Because returns told me sales has to approve it, and sales told me returns does it.
* [Sorry, that hand-off shouldn't have happened. I'll contact returns myself, so you don't have to. #fix+2 #own+1 #feeling+1 #trust+1 #note: Fixing the hand-off internally, instead of explaining it, is what ends the loop.]
    -> friday
* [I'm so sorry. Being sent round in circles like that is exhausting. #feeling+1 #trust-1 #note: Kind, and it names the runaround, but it doesn't break the loop: he still doesn't know who will speak to returns.]
    -> friday
* [From what I can see, sales should have raised the approval when you first contacted them, so that step was missed on their side. I'm sorry they didn't sort it out for you. #fix-1 #clear-1 #note: Blaming another department, however gently, makes the company look divided; own it for the company.]
    -> friday

=== friday ===
{ mood <= 1: -> gave_up_end }
I also need the right one by Friday. I'm travelling for work.
* [Friday, got it. Let me check a 14-inch is in stock before I promise anything. #clear+1 #own+1 #trust+1 #note: Checking before promising is what makes the promise worth something.]
    -> arranged
* [Of course, I completely understand how important that is with your trip coming up. Please don't worry: you'll have the right laptop by Friday, I'll make sure of it. #clear-2 #trust+1 #note: Reassuring, but a promise made before checking stock is a guess he will hold you to.]
    -> arranged

=== arranged ===
{ mood <= 1: -> gave_up_end }
You check: in stock. You message the returns team lead, who approves a courier swap on Thursday. #stage
So?
* [It's in stock. I've arranged with returns: on Thursday the courier brings the 14-inch and takes the 16-inch, in one visit. #fix+2 #own+1 #mood+1 #trust+1 #note: One visit, arranged across teams by you, keeps him working and travelling on time.]
    -> summary
* [Good news, it's in stock. The standard process is that you send the 16-inch back with the prepaid label we'll email you, and as soon as the warehouse receives and checks it, we'll dispatch the 14-inch. #fix-1 #own-1 #mood-1 #note: It follows the standard process, but return-then-resend leaves him without the right laptop for his trip.]
    -> summary

=== summary ===
{ mood <= 1: -> gave_up_end }
Right. Spell it out for me, please.
* [#free:summary] -> courier

=== courier ===
{ mood <= 1: -> gave_up_end }
{
    - reply_rude:
        I've had attitude from three departments today. I didn't expect it from the one person who was helping.
    - reply_unclear:
        That isn't a summary. In sentences, please: what happens, when, and how do I reach you?
    - said_another_transfer:
        Contact another team? That is precisely how I ended up talking to four people.
    - said_return_first:
        Send it back first? Then I'm without a laptop when I travel. I thought this was one visit.
    - said_when && said_swap && said_back_to_you:
        Thursday, one visit, and back to you if it goes wrong. Good. That's clear.
    - said_when && said_swap:
        Thursday, one visit. And if it goes wrong, who do I contact? Not the general queue, I hope.
    - said_back_to_you:
        Fine, I can reach you. But which day is the courier coming, and do they take the 16-inch in the same visit?
    - said_swap:
        A swap, good. Which day, exactly? And how do I get back to you?
    - else:
        That doesn't tell me much. Which day, what exactly happens, and how do I reach you?
}
And if the courier doesn't turn up? That has happened before.
* [Then reply here and it comes to me, not a queue. I'll also check the booking on Wednesday afternoon and message you either way. #own+2 #fix+1 #clear+1 #trust+1 #note: A check-in before the visit catches the failure before he does, and he knows exactly where to go.]
    -> why
* [Fair question. I've marked the booking as a priority delivery, and the courier's tracking link will be in your confirmation email, so you can follow it on the day and see exactly when they're due. #fix+1 #clear+1 #own-1 #note: Practical and clear, but it leaves him watching the courier himself, with no way back to you if it fails.]
    -> why

=== why ===
{ mood <= 1: -> gave_up_end }
Out of interest, why did this take four people?
* [Our hand-off between sales and returns wasn't clear. That's on us, not you, and I'm reporting it so it gets fixed. #fix+2 #feeling+1 #mood+1 #note: Owning the cause for the company, and fixing it for others, turns a bad experience into a credible one.]
    -> closing
* [Each department has its own system and its own part of the process, so when an exchange needs both an approval and a return, it can take a few steps to reach the right person. #fix-1 #mood-1 #note: A patient explanation, but "that's how it works" tells him nothing will change.]
    -> closing

=== closing ===
{ mood <= 1: -> gave_up_end }
Okay. Thanks.
* [Thank you for your patience today, Mr Mehta, and sorry again for the runaround. Safe travels on Friday. #feeling+1 #clear+1 #mood+1 #note: A warm, personal close leaves the last impression a good one.]
    -> wrap
* [You're welcome. Thursday, one visit, and reply here if anything goes wrong. #clear+1 #mood-1 #note: Clear, but he had the summary a minute ago; repeating it sounds like a script rather than a goodbye after a hard day.]
    -> wrap

=== wrap ===
{ trust >= 6 && mood >= 5: -> sorted_end }
-> doubtful_end

=== sorted_end ===
Thank you. That's the first time today someone has actually taken charge. #ending: sorted
-> END

=== gave_up_end ===
Forget it. I'll return it to the shop and buy elsewhere.
He has left the chat. #stage #ending: gave-up
-> END

=== doubtful_end ===
Fine. I'll believe it when I see it. #ending: doubtful
-> END
