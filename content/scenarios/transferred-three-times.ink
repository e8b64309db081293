VAR mood = 3
VAR trust = 1

A new chat. The history above it shows three transfers in forty minutes. #stage
This is the FOURTH person I've been sent to. I ordered a 14-inch laptop, got a 16-inch, and every department says it's another department's job.
-> opening

=== opening ===
* [I'm sorry you've been passed around, Mr Mehta. I've read the whole chat history, so you don't need to repeat anything. I'll handle this myself from here. #own+2 #listen+1 #feeling+1 #mood+1 #note: An apology, proof you had read the history, and ownership in the first message is exactly what a fourth contact needs.]
    -> loop
* [Hi! Could you give me your order number and tell me what the issue is? #listen-2 #mood-1 #note: Asking for what is already in the history makes him start again for the fourth time.]
    -> opening_cold
* [For returns you'll need our returns team. I can transfer you now. #own-2 #mood-2 #note: A fourth transfer is the one thing guaranteed to make it worse.]
    -> opening_cold

=== opening_cold ===
You haven't even read the chat, have you?
* [You're right, I'm sorry. I'm reading it now. Order 5512: a 14-inch ordered, a 16-inch delivered, and three transfers. This stays with me now. #listen+2 #own+1 #mood+2 #note: Reading it back, with the details, showed you had caught up, and ownership followed.]
    -> loop
* [I just need to verify the details first. #mood-1 #note: Verification he has already done three times feels like the loop starting again.]
    -> loop

=== loop ===
{ mood <= 1: -> gave_up_end }
Good. Because returns told me sales has to approve it, and sales told me returns does it.
* [That hand-off shouldn't have happened. I'll contact the returns team myself so you don't have to. #fix+2 #own+1 #trust+1 #note: Fixing the hand-off internally, instead of explaining it, is what ends the loop.]
    -> friday
* [Yes, the process can be a bit confusing. #fix-1 #note: Agreeing that it's confusing doesn't get him out of it.]
    -> friday
* [Sales should really have sorted that out for you. #fix-1 #clear-1 #note: Blaming another department makes the company look divided; own it for the company.]
    -> friday

=== friday ===
{ mood <= 1: -> gave_up_end }
I also need the right one by Friday. I'm travelling for work.
* [Friday matters, got it. Let me check a 14-inch is in stock before I promise anything. #clear+1 #own+1 #trust+1 #note: Checking before promising is what makes the promise worth something.]
    -> arranged
* [Sure, you'll have it by Friday. #clear-2 #trust+1 #note: A promise made before checking stock is a guess he will hold you to.]
    -> arranged

=== arranged ===
{ mood <= 1: -> gave_up_end }
You check: in stock. You message the returns team lead, who approves a courier swap on Thursday. #stage
So?
* [Good news: it's in stock, and I've arranged with our returns team that the courier swaps it. They bring the 14-inch and take the 16-inch in one visit, on Thursday. #fix+2 #own+1 #mood+1 #trust+1 #note: One visit, arranged across teams by you, keeps him working and travelling on time.]
    -> summary
* [You'll need to send the 16-inch back first. Once we receive it, we'll send the new one. #fix-1 #own-1 #mood-1 #note: Return-then-resend leaves him without the right laptop for his trip.]
    -> summary

=== summary ===
{ mood <= 1: -> gave_up_end }
Right. Spell it out for me, please.
* [#free:summary] -> courier

=== courier ===
{ mood <= 1: -> gave_up_end }
And if the courier doesn't turn up? That has happened before.
* [Then reply here and it comes to me, not a queue. I'll also check the courier booking myself on Wednesday afternoon and message you to confirm. #own+2 #fix+1 #trust+1 #note: A check-in before the visit catches the failure before he does.]
    -> why
* [Then give customer service a call. #own-2 #mood-1 #note: Sending him back to the general queue undoes the ownership you took.]
    -> why

=== why ===
{ mood <= 1: -> gave_up_end }
Out of interest, why did this take four people?
* [Because our hand-off between sales and returns wasn't clear, and that's on us, not you. I'm reporting it so it's fixed for other customers too. #fix+2 #feeling+1 #mood+1 #note: Owning the cause for the company, and fixing it for others, turns a bad experience into a credible one.]
    -> closing
* [It's just how the departments are set up. #fix-1 #mood-1 #note: "That's how it is" tells him nothing will change.]
    -> closing

=== closing ===
{ mood <= 1: -> gave_up_end }
Okay. Thanks.
* [Thank you for your patience today, Mr Mehta, and sorry again for the runaround. Safe travels on Friday. #feeling+1 #clear+1 #mood+1 #note: A warm, personal close leaves the last impression a good one.]
    -> wrap
* [Is there anything else I can help with? #feeling-1 #note: Fine as a habit, but after a runaround it sounds like a script.]
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
