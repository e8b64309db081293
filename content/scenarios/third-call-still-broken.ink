VAR mood = 3
VAR trust = 1

The line connects. Before you finish your greeting, a man's voice cuts in. #stage
Third time! This is the third time I'm calling about the same thing. I'm done with you people.
-> opening

=== opening ===
* [I'm sorry you've had to call a third time. That's really frustrating. Tell me what's been happening. #feeling+2 #vent+1 #mood+1 #note: An apology for the repeat calls and a named feeling told him he was being taken seriously before any question.]
    -> vent
* [Can I have your account number first, please? #feeling-1 #mood-1 #note: Asking for data before acknowledging him sounded like he was just another ticket.]
    -> opening_cold
* [Please calm down, sir. I can't help you if you shout. #feeling-2 #words-1 #mood-2 #note: "Calm down" tells him his feelings are the problem; it almost always raises the temperature.]
    -> opening_cold

=== opening_cold ===
Oh, wonderful. Same script as last time. Do you people even listen?
* [You're right, I'm sorry. You shouldn't have to repeat yourself. Tell me what's been happening and I'll listen. #feeling+2 #vent+1 #mood+2 #note: Owning the bad start and inviting him to talk recovered the call.]
    -> vent
* [I just need the account number to find your details. #feeling-1 #mood-1 #note: Repeating the request ignored him a second time.]
    -> vent

=== vent ===
{ mood <= 1: -> escalated_end }
Every evening at eight it drops. Every single evening, for two weeks. I run my shop from home and that's when the orders come in!
* [I see. Go on, I'm listening. #vent+2 #mood+1 #note: A short listening signal let him get the whole story out, which is what a lively customer needs first.]
    -> router
* [Have you tried restarting the router? #vent-2 #mood-2 #note: Jumping to a fix before he finished told him you were not listening.]
    -> router
* [Our network is generally very stable in your area. #vent-1 #words-1 #mood-1 #note: Defending the network argues with his experience; he hears "you are wrong".]
    -> router

=== router ===
{ mood <= 1: -> escalated_end }
And last time the lady said it was my router. So I bought a new router. It's not the router!
* [So you've replaced the router as well, and it still drops every evening. #vent+1 #record+1 #trust+1 #note: Paraphrasing a fact back showed you heard it and kept him from repeating it a fourth time.]
    -> play_back
* [I'm sorry, my colleague shouldn't have said that. She's quite new. #record-1 #words-2 #note: Blaming a colleague makes the company look divided; the company owns the answer he was given.]
    -> play_back
* [To be fair, routers do cause most of these faults. #vent-1 #words-1 #mood-1 #note: Defending the earlier advice told him you still suspect him.]
    -> play_back

=== play_back ===
{ mood <= 1: -> escalated_end }
Right. So. Have you actually understood what's going on, or do I have to say it all again?
* [#free:play-back] -> what_different

=== what_different ===
{ mood <= 1: -> escalated_end }
Yes. That's it exactly. So what are you going to do that the last two people didn't?
* [I'm logging this as a repeat complaint, linked to your two earlier calls, so it goes to our network team as a priority instead of back to the start of the queue. #record+2 #own+1 #trust+2 #note: Linking the earlier calls and grading it as a repeat complaint is what makes this call different from the last two.]
    -> who_owns
* [I'll raise a new ticket for you. #record-1 #note: A new ticket restarts the clock and loses the history of his two earlier calls.]
    -> who_owns
* [I'll pass it on to the technical department for you. #own-2 #note: "Passing it on" is exactly what he heard twice before; he needs an owner, not a messenger.]
    -> who_owns

=== who_owns ===
{ mood <= 1: -> escalated_end }
And who is going to make sure it actually happens this time?
* [I will. This stays with me until it's fixed, and I'll follow it up myself. #own+2 #trust+2 #mood+1 #note: First-contact ownership: a person he can hold to it, not a department.]
    -> tomorrow
* [The technical team will contact you directly. #own-1 #note: Handing him to an unnamed team left him with nobody to hold to the promise.]
    -> tomorrow
* [I can't promise anything. It depends on the engineers. #own-1 #words-1 #mood-1 #note: "I can't promise anything" closes the door; say what you can do instead.]
    -> tomorrow

=== tomorrow ===
{ mood <= 1: -> escalated_end }
Can you get someone out tomorrow? I can't lose another evening of orders.
* [I won't promise a time before I've checked, but I'm looking at the engineer schedule right now while you're on the line. #own+1 #words+1 #trust+1 #note: Honest about what you could promise, and visibly doing something about it.]
    -> thursday
* [Yes, definitely, someone will be there tomorrow morning. #words-2 #trust+1 #note: A promise made before checking the schedule is a promise you may break; he would be calling a fourth time.]
    -> thursday
* [Engineer visits usually take about five working days. #own-1 #mood-2 #note: Quoting the standard wait without trying anything told him his lost evenings did not matter.]
    -> thursday

=== thursday ===
{ mood <= 1: -> escalated_end }
You check. The earliest engineer slot is Thursday, 9 to 12. A remote line test can run tonight. #stage
Thursday? That's two more evenings!
* [I know, and I'm sorry it isn't sooner. Tonight at half past seven I can run a line test, and if the fault is at our end we can often fix it remotely. I'll book Thursday 9 to 12 as well, so you're covered either way. #feeling+1 #own+2 #trust+1 #mood+1 #note: Acknowledging the wait, then offering what could be done tonight plus a firm booking, gave him a plan instead of a delay.]
    -> reply_time
* [That's the earliest slot, I'm afraid. #own-1 #mood-1 #note: True, but it offered nothing for the two evenings he is worried about.]
    -> reply_time
* [Maybe it will sort itself out before then. #own-2 #words-1 #note: Hoping the fault disappears is not a plan, and he knows it.]
    -> reply_time

=== reply_time ===
{ mood <= 1: -> escalated_end }
Fine. And when will I actually hear from you?
* [#free:reply-time] -> closing

=== closing ===
{ mood <= 1: -> escalated_end }
All right. Anything else I need to do?
* [Just keep your phone nearby tomorrow morning. Is there anything else I can help with today? And thank you for giving us another chance to put this right. #feeling+1 #own+1 #mood+1 #note: Checking for anything else and thanking him for the chance closed the call warmly; complaints are a gift.]
    -> wrap
* [No, that's everything. Goodbye. #feeling-1 #mood-1 #note: An abrupt close undid some of the warmth you had built.]
    -> wrap

=== wrap ===
{ trust >= 7 && mood >= 5: -> resolved_end }
-> lost_end

=== resolved_end ===
Thank you. Honestly, that's the first time anyone has actually listened. I'll wait for your call. #ending: resolved
-> END

=== escalated_end ===
No. I want your manager. Actually, forget it. I'm cancelling.
The line goes dead. #stage #ending: escalated
-> END

=== lost_end ===
Fine. Thanks, I suppose. I'll be looking at other providers in the meantime. #ending: lost
-> END
