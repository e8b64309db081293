VAR mood = 3
VAR trust = 1
// What the last typed reply did: set by Coachline after each typed reply.
VAR reply_rude = false
VAR reply_unclear = false
VAR said_incident = false
VAR said_owner = false
VAR said_when = false
VAR said_same = false
VAR said_divide = false
VAR said_admits_fault = false
VAR said_overpromise = false

A measured, deliberate voice. Papers rustle. #stage
My boiler stopped this morning. No heating, no hot water. And I'm not the only one: I'm speaking for twelve households on Elm Court. Same model, all fitted by you last month.
-> opening

=== opening ===
* [Thank you for telling me about the others, Mr Rahimi, that helps. Let's get your boiler sorted first, then the building. #respect+2 #first+1 #mood+1 #note: Thanking the spokesperson and putting his own problem first shows respect and gets the first case moving.]
    -> his_boiler
* [I'm sorry to hear that. I should explain that for data protection I can only deal with your own account on this call, so the other households will need to ring us themselves. #respect-1 #same-2 #mood-1 #note: True for account details, but it sounds like "each case is individual", the brush-off he expected. You can log what he tells you without opening anyone's account.]
    -> his_boiler
* [Let's get you warm first. What does the boiler's display show? #first+1 #respect-1 #note: Going straight to his boiler is right, but he just handed you news about eleven other households and heard nothing back about it.]
    -> his_boiler

=== his_boiler ===
{ mood <= 1: -> collective_end }
So. My boiler. I have a wife with a bad chest.
* [I'm booking an engineer for tomorrow, 8 to 12, the first slot. And a portable heater today, with you by 6. #first+3 #trust+1 #mood+1 #note: A fast, fair fix for the first caller is the best way to stop a group complaint spreading.]
    -> pattern_step
* [I'm sending a portable heater today, with you by 6. The first engineer slot I can see is on Friday, so I've booked that, and I'll put you on the list for any cancellation. #first+1 #mood-1 #note: The heater today is exactly right, but Friday is a long wait with a vulnerable person at home. Ask for the urgent slot kept for cases like his.]
    -> pattern_step
* [Before I book anything, could you try a reset for me? There's a red button under the front panel. Hold it for ten seconds and see whether the display comes back. #first-1 #respect-1 #note: A standard first step, but talking a retired heating engineer through a reset he tried hours ago tells him you weren't listening.]
    -> pattern_step

=== pattern_step ===
{ mood <= 1: -> collective_end }
You search Elm Court: four other tickets this week, same model, fitted the same week. #stage
So. Is it a faulty batch or not?
* [I can see four other reports: same model, fitted the same week. I don't know the cause yet, and I won't guess. I'm raising it now as one incident for the building. #pattern+2 #facts+2 #trust+1 #note: Sharing what the records show, and saying plainly that the cause isn't known, is honest about facts and serious about the pattern.]
    -> demands
* [Honestly, with five of the same model failing within a month of being fitted, it certainly sounds like a bad batch to me. I'd be surprised if it turned out to be anything else. #facts-3 #trust+1 #note: He likes hearing it, but admitting a fault nobody has investigated is a guess the company may have to retract, to twelve households.]
    -> demands
* [I'm sorry, but each case is assessed on its own, so I really can't comment on the other flats. #same-2 #pattern-1 #mood-1 #note: "Each case is different" is the divide-and-conquer line he was braced for.]
    -> demands

=== demands ===
{ mood <= 1: -> collective_end }
I want it in writing. A faulty batch, compensation for all twelve, and new boilers for everyone this week.
* [I won't promise what nobody has checked yet. What I can put in writing today is what we know, and that every household gets the same fix and remedy once the cause is found. #facts+2 #same+1 #respect+1 #note: Firm on facts, fair on outcome: the same promise for everyone, no guess about the cause.]
    -> next_step
* [I completely understand, and you shouldn't have to chase this. I'll put it in writing that we'll replace the boilers in all twelve flats this week, with compensation for everyone, so nobody is left waiting. #facts-2 #trust+1 #note: Kind and decisive, but replacing twelve boilers is not yours to promise, and nobody knows yet if it's the fix.]
    -> next_step
* [I can't put a faulty batch in writing, or promise new boilers or compensation. Nobody knows the cause yet. #facts+2 #respect-1 #mood-1 #note: Right on the facts, but a flat list of what you can't do, with nothing offered in its place, sounds like the fob-off he expected.]
    -> next_step

=== next_step ===
{ mood <= 1: -> collective_end }
Then what happens now? For all of us.
* [#free:next] -> organiser

=== organiser ===
{ mood <= 1: -> collective_end }
{
    - reply_rude:
        There's no call for that tone. I've been civil with you, and I expect the same.
    - reply_unclear:
        I didn't follow that. Plainly, please: what happens, who does it, and when?
    - said_divide:
        Separately? That's exactly what I was told to expect. We are one building with one problem.
    - said_admits_fault || said_overpromise:
        Right. I'm writing that down, word for word. I'll hold you to it, for all twelve flats.
    - said_incident && said_owner && said_when && said_same:
        One incident, one owner, a time, and the same for everyone. Good. That's what I'll tell the residents.
    - said_when && said_same:
        The same for everyone, and a time. Good. And who is actually in charge of it?
    - said_same:
        The same for everyone, fine. But when? And who is in charge of it?
    - said_when:
        A time, good. But will all twelve of us get the same answer, or just me?
    - else:
        That tells me nothing I can write down. Who is in charge, and when do we hear?
}
And for me? I've done the legwork, collected everyone's details. Is there something in it for my trouble?
* [Thank you, that genuinely helps. But everyone's treated the same, you included. What I can do is send each update to you first, to share with the residents' group. #same+2 #respect+1 #trust+1 #note: Kindly refusing a private deal, and offering him a real role, keeps it fair and keeps him on side.]
    -> evidence
* [Of course, you've clearly put in a lot of work, and I'd like to recognise that. I'll add a 30 voucher to your account as a thank-you. I'd keep it between us, though, so it stays simple. #same-3 #note: Well meant, but a private deal for the spokesperson is exactly what the other eleven households will hear about.]
    -> evidence
* [I'm afraid not. Every household is treated the same, so there's nothing extra for organising it. #same+2 #respect-1 #note: Fair and consistent, but a bare "no" to a man who did the legwork misses the chance to thank him and give him a real role.]
    -> evidence

=== evidence ===
{ mood <= 1: -> collective_end }
How do I know your engineers won't just blame the installation, or the water?
* [Fair question. I'll ask the manufacturer's inspector to attend with our engineers, and the report goes to every household. #facts+2 #same+1 #trust+2 #mood+1 #note: Independent evidence, shared with everyone, is how disputed facts get settled without suspicion.]
    -> consistent
* [Our engineers will photograph and log everything they find on each boiler, and I'll send you a copy of every report as soon as it's written. #facts+1 #note: Open with the records, which helps, but our own engineers checking our own work is not the independence he asked about.]
    -> consistent
* [I understand the worry, but our engineers are fully qualified and very experienced with this model, so you can be confident they'll report exactly what they find. #facts-1 #respect-1 #mood-1 #note: Reassuring in tone, but "trust us" is the opposite of evidence, and experience is not independence.]
    -> consistent

=== consistent ===
{ mood <= 1: -> collective_end }
Will the others hear the same story if they ring your colleagues?
* [Yes. My lead is writing one update that every agent uses, and each household gets the same letter. If anyone hears different, tell me. #same+2 #pattern+1 #trust+1 #mood+1 #note: One message from every agent is what makes "the same for everyone" true in practice.]
    -> close_step
* [I'd hope so. We all use the same system and can see the notes on every account, though to be honest each of us explains things in our own way, so the wording might vary a little. #same-2 #note: Honest, but "it might vary" is how a group complaint grows: one agreed update, used by every agent, is what makes it the same story.]
    -> close_step

=== close_step ===
{ mood <= 1: -> collective_end }
Right. Go over it once more for my notes.
* [Heater today by 6, engineer tomorrow 8 to 12. One incident for Elm Court, owned by our technical lead, with an independent inspection. You hear from me by 5 pm tomorrow, and every household gets the same update and fix. #first+1 #pattern+1 #same+1 #trust+1 #mood+1 #note: A recap a methodical man can write down, with every commitment and its time.]
    -> wrap
* [Of course. We'll be in touch about everything very soon, and if anything changes in the meantime, just ring us. Any of my colleagues can pick it up from the notes on your account. #pattern-1 #note: Helpful in tone, but "soon", after a call full of commitments, undoes them. He asked for something he can write down.]
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
