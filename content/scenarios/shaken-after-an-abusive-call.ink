VAR calm = 3
VAR trust = 1

Lina takes off her headset. Her eyes are red and her hands are shaking. #stage
I'm fine. I'm fine. I just need a minute.
-> opening

=== opening ===
* [Come with me for a moment. Let's step away from the floor. I'll put you on a break; the queue can wait. #safe+2 #care+1 #calm+1 #note: Getting her off the floor first, and saying the queue can wait, told her she matters more than the numbers.]
    -> quiet_room
* [What happened? That call ran for twenty-five minutes. #safe-2 #calm-1 #note: Opening with the handle time made it sound like she was in trouble.]
    -> quiet_room
* [Take a deep breath and get back on when you're ready. The queue is long today. #safe-1 #care-1 #calm-1 #note: Mentioning the queue told her to hurry up and feel better.]
    -> quiet_room

=== quiet_room ===
{ calm <= 1: -> shaken_end }
She sits down. #stage
He called me stupid. Over and over. Then he said he'd find out where I live.
* [That's awful, and it's not okay. Nobody should be spoken to like that at work. #care+2 #calm+1 #trust+1 #note: Saying clearly that it is not okay puts you on her side against the abuse.]
    -> her_story
* [Customers say things in the heat of the moment. Try not to take it personally. #care-1 #calm-1 #note: Minimising a threat tells her you don't see how frightening it was.]
    -> her_story
* [Did you say something that set him off? #safe-2 #calm-2 #note: Looking for her share of the blame is the last thing she needs right now.]
    -> her_story

=== her_story ===
{ calm <= 1: -> shaken_end }
I tried to stay polite. I really did. I kept thinking I was doing it wrong.
* [Tell me what happened, from the start. Take your time. #listen+2 #trust+1 #note: Letting her tell the whole story, at her pace, is how she starts to put it down.]
    -> acknowledge
* [You should have ended the call after the first insult. That's the procedure. #safe-2 #listen-1 #calm-1 #note: Correcting her procedure now turns support into a critique; it can wait.]
    -> acknowledge

=== acknowledge ===
{ calm <= 1: -> shaken_end }
She tells you the whole call. By the end her voice is steadier. #stage
* [#free:acknowledge] -> go_back

=== go_back ===
{ calm <= 1: -> shaken_end }
I don't know if I can go back on the phones today.
* [You don't have to decide now. Take the next half hour off the phones. Get some air, have a tea, and we'll talk again at eleven. #recover+2 #safe+1 #calm+1 #trust+1 #note: A real break, with a time to talk again, gives her space to recover without being left alone.]
    -> the_customer
* [We're short today, so I really need you back in ten minutes. #safe-1 #recover-2 #calm-1 #note: Rushing her back says the queue matters more than she does.]
    -> the_customer

=== the_customer ===
{ calm <= 1: -> shaken_end }
What if he calls again?
* [I'll deal with that. Threats against staff go on his account as a special-handling note under our policy, and if he calls, he comes to me. I'll also report the threat to security today. #follow+2 #safe+1 #trust+2 #note: Taking the customer off her hands, through the proper policy rather than a blacklist, removes the fear of the next call.]
    -> score
* [Then just transfer him to someone else. #follow-1 #note: Passing him to a colleague moves the problem instead of dealing with it.]
    -> score
* [We can't block customers, I'm afraid. #follow-2 #calm-1 #note: True that you don't blacklist, but there is a policy for threats; saying "nothing we can do" leaves her exposed.]
    -> score

=== score ===
{ calm <= 1: -> shaken_end }
Will this go on my quality score?
* [No. This call won't count against you. If it helps, next week we can look at ways to end an abusive call safely, as support, not as a mark against you. #safe+2 #follow+1 #trust+1 #note: Separating support from evaluation, and offering development rather than punishment, is what makes her trust you.]
    -> crying
* [Well, the handle time will show, but I'll see what I can do. #safe-1 #calm-1 #note: A maybe about her score adds a worry at the worst moment.]
    -> crying

=== crying ===
{ calm <= 1: -> shaken_end }
Thanks. I feel a bit stupid for crying.
* [You're not. It's a normal reaction to something horrible. If you want to talk it through with someone outside the team, the support line is confidential, and my door's open too. #recover+2 #care+1 #calm+1 #note: Normalising the reaction and naming the release channels gives her somewhere to put it later.]
    -> check_in
* [Don't worry, everybody cries sometimes. Shall we get you back out there? #care-1 #recover-1 #note: Kind words, then straight back to work, undoes the reassurance.]
    -> check_in

=== check_in ===
{ calm <= 1: -> shaken_end }
Okay. I think I'll get that tea.
* [Good. I'll check in with you at the end of your shift, and again tomorrow morning. #follow+2 #trust+1 #calm+1 #note: Dated check-ins show you meant it, and catch what surfaces later.]
    -> wrap
* [Okay. You know where I am. #follow-1 #note: An open offer puts the burden of asking back on her, and she rarely asks.]
    -> wrap

=== wrap ===
{ trust >= 7 && calm >= 6: -> recovered_end }
-> alone_end

=== recovered_end ===
Thank you. Really. I thought you'd be annoyed about the queue. #ending: recovered
-> END

=== shaken_end ===
Sorry. I think I just need to go home.
She picks up her bag without looking at you. #stage #ending: shaken
-> END

=== alone_end ===
Okay. I'll manage. #ending: alone
-> END
