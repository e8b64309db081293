VAR mood = 3
VAR trust = 1

A measured, deliberate voice. Papers rustle. #stage
My boiler stopped this morning. No heating, no hot water. And I'm not the only one: I'm speaking for twelve households on Elm Court. Same model, all fitted by you last month.
-> opening

=== opening ===
* [Thank you for telling me about the others, Mr Rahimi, that helps us. Let's start with your boiler so you're warm tonight, and then the building. #respect+2 #first+1 #mood+1 #note: Thanking the spokesperson and putting his own problem first shows respect and gets the first case moving.]
    -> his_boiler
* [I can only deal with your own account, I'm afraid. The others will need to call us themselves. #respect-1 #same-2 #mood-1 #note: True for account details, but it sounds like "each case is individual", the brush-off he expected.]
    -> his_boiler
* [Let's just focus on you for now. I'm sure the others will be fine. #same-2 #respect-1 #mood-2 #note: Waving away the others is divide and conquer, and an engineer will hear it as ignorance.]
    -> his_boiler

=== his_boiler ===
{ mood <= 1: -> collective_end }
So. My boiler. I have a wife with a bad chest.
* [I'm booking an engineer for tomorrow between 8 and 12, the first slot. I'm also sending a portable heater today; it will be with you by 6. #first+3 #trust+1 #mood+1 #note: A fast, fair fix for the first caller is the best way to stop a group complaint spreading.]
    -> pattern_step
* [The next available appointment is in five days. #first-2 #mood-1 #note: Five days without heating, with a vulnerable person at home, is neither fast nor fair.]
    -> pattern_step
* [Have you tried resetting it? There's a red button under the panel. #first-1 #respect-1 #note: Talking a retired heating engineer through a reset he tried hours ago tells him you weren't listening.]
    -> pattern_step

=== pattern_step ===
{ mood <= 1: -> collective_end }
You search Elm Court: four other tickets this week, same model, fitted the same week. #stage
So. Is it a faulty batch or not?
* [I can see four other reports from Elm Court: same model, fitted the same week. I don't know the cause yet and I won't guess, but I'm raising it now as one incident for the building. #pattern+2 #facts+2 #trust+1 #note: Sharing what the records show, and saying plainly that the cause isn't known, is honest about facts and serious about the pattern.]
    -> demands
* [Yes, it certainly sounds like a bad batch. #facts-3 #trust+1 #note: Admitting a fault nobody has investigated is a guess the company may have to retract, to twelve households.]
    -> demands
* [Each case is different, so I really can't comment on the other flats. #same-2 #pattern-1 #mood-1 #note: "Each case is different" is the divide-and-conquer line he was braced for.]
    -> demands

=== demands ===
{ mood <= 1: -> collective_end }
I want it in writing. A faulty batch, compensation for all twelve, and new boilers for everyone this week.
* [I understand why, and I won't promise what nobody has checked yet. What I can put in writing today is what we know, and this: when the cause is found, every household gets the same fix and the same remedy. #facts+2 #same+1 #respect+1 #note: Firm on facts, fair on outcome: the same promise for everyone, no guess about the cause.]
    -> next_step
* [Of course. I'll arrange new boilers for all twelve this week. #facts-2 #trust+1 #note: Replacing twelve boilers is not yours to promise, and nobody knows yet if it's the fix.]
    -> next_step
* [New boilers for everyone is a bit much, don't you think? #respect-2 #mood-1 #note: Dismissing his demand as excessive, before any facts, turns a partner into an opponent.]
    -> next_step

=== next_step ===
{ mood <= 1: -> collective_end }
Then what happens now? For all of us.
* [#free:next] -> organiser

=== organiser ===
{ mood <= 1: -> collective_end }
And for me? I've done the legwork, collected everyone's details. Is there something in it for my trouble?
* [Thank you for doing that, it genuinely helps. But everyone will be treated the same, you included, so there's nothing extra. What I can do is send you each update first, if you'd like to share it with the residents' group. #same+2 #respect+1 #trust+1 #note: Kindly refusing a private deal, and offering him a real role, keeps it fair and keeps him on side.]
    -> evidence
* [Of course, I'll add a voucher for your trouble. Just between us. #same-3 #note: A private deal for the spokesperson is exactly what the other eleven households will hear about.]
    -> evidence
* [Why are you organising everyone, out of interest? #respect-2 #mood-1 #note: Questioning his motives treats him as a ringleader.]
    -> evidence

=== evidence ===
{ mood <= 1: -> collective_end }
How do I know your engineers won't just blame the installation, or the water?
* [Fair question. I'll ask for the manufacturer's inspector to attend alongside our engineers, and the report will go to every household, not just to us. #facts+2 #same+1 #trust+2 #mood+1 #note: Independent evidence, shared with everyone, is how disputed facts get settled without suspicion.]
    -> consistent
* [Our engineers are very experienced. #facts-1 #note: Experience is not independence, and he knows it.]
    -> consistent
* [You'll have to trust us on that. #respect-1 #mood-1 #note: "Trust us" is the opposite of evidence.]
    -> consistent

=== consistent ===
{ mood <= 1: -> collective_end }
Will the others hear the same story if they ring your colleagues?
* [Yes. My lead is writing one update that every agent uses, and each household gets the same letter. If anyone hears something different, tell me. #same+2 #pattern+1 #trust+1 #mood+1 #note: One message from every agent is what makes "the same for everyone" true in practice.]
    -> close_step
* [It depends who they speak to, to be honest. #same-2 #note: Inconsistent answers are how a group complaint grows.]
    -> close_step

=== close_step ===
{ mood <= 1: -> collective_end }
Right. Go over it once more for my notes.
* [Your heater arrives today by 6, and the engineer comes tomorrow between 8 and 12. There's one incident for Elm Court, owned by our technical lead, with an independent inspection. You hear from me by 5 pm tomorrow, and every household gets the same update and the same fix. #first+1 #pattern+1 #same+1 #trust+1 #mood+1 #note: A recap a methodical man can write down, with every commitment and its time.]
    -> wrap
* [We'll be in touch about everything soon. #pattern-1 #note: "Soon", after a call full of commitments, undoes them.]
    -> wrap

=== wrap ===
{ trust >= 7 && mood >= 6: -> fair_end }
-> wary_end

=== fair_end ===
That is exactly what I wanted to hear: the same for everyone, and facts before excuses. I'll tell the residents. #ending: fair
-> END

=== wary_end ===
Hmm. We'll see what tomorrow brings. I'm keeping notes. #ending: wary
-> END

=== collective_end ===
I see how this is going to go. The residents will be filing formal complaints, all twelve of us.
He ends the call. #stage #ending: collective
-> END
