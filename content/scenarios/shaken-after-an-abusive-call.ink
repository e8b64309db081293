VAR calm = 3
VAR trust = 1
// What the last typed reply did: set by Coachline after each typed reply.
VAR reply_rude = false
VAR reply_unclear = false
VAR said_feeling = false
VAR said_not_her_fault = false
VAR said_sorry = false
VAR said_blames = false
VAR said_minimises = false
VAR said_rushes = false

Lina takes off her headset. Her eyes are red and her hands are shaking. #stage
I'm fine. I'm fine. I just need a minute.
-> opening

=== opening ===
* [Come with me. Let's step off the floor, and you can tell me there. The queue can wait. #safe+2 #care+1 #listen+1 #calm+1 #note: Getting her off the floor first, and saying the queue can wait, told her she matters more than the numbers.]
    -> quiet_room
* [Are you okay? Tell me what happened. #listen+1 #care+1 #safe-1 #note: Caring, and it invites her story, but asking on the open floor, next to the queue, makes her hold it together instead of telling you.]
    -> quiet_room
* [Okay. Take a few deep breaths at your desk and log back in when you're ready. The queue is long today, so try not to be too long. #safe-1 #care-1 #calm-1 #note: Meant kindly, but mentioning the queue told her to hurry up and feel better.]
    -> quiet_room

=== quiet_room ===
{ calm <= 1: -> shaken_end }
She sits down. #stage
He called me stupid. Over and over. Then he said he'd find out where I live.
* [That's awful, and it's not okay. Nobody should be spoken to like that at work. #care+2 #calm+1 #trust+1 #note: Saying clearly that it is not okay puts you on her side against the abuse.]
    -> her_story
* [I'm sorry. Some customers say things in the heat of the moment that they would never actually do. Try not to take it personally; it's about his frustration, not about you. #care-1 #calm-1 #note: Meant as reassurance, but minimising a threat tells her you don't see how frightening it was.]
    -> her_story
* [Did you say something that set him off? #safe-2 #calm-2 #note: Looking for her share of the blame is the last thing she needs right now.]
    -> her_story

=== her_story ===
{ calm <= 1: -> shaken_end }
I tried to stay polite. I really did. I kept thinking I was doing it wrong.
* [Tell me what happened, from the start. Take your time. #listen+2 #trust+1 #note: Letting her tell the whole story, at her pace, is how she starts to put it down.]
    -> acknowledge
* [You did your best. Just so you know for next time, though, the procedure is to give one warning and then end the call after the first insult. #safe-2 #listen-1 #calm-1 #note: Useful information, but correcting her procedure now turns support into a critique; it can wait.]
    -> acknowledge

=== acknowledge ===
{ calm <= 1: -> shaken_end }
She tells you the whole call. By the end her voice is steadier. #stage
* [#free:acknowledge] -> go_back

=== go_back ===
{ calm <= 1: -> shaken_end }
{
    - reply_rude:
        She looks down at her hands. #stage
        Right. Sorry. I didn't mean to make a fuss.
    - reply_unclear:
        Sorry, I'm not sure what you mean.
    - said_blames:
        So I did do it wrong. I knew it.
    - said_minimises:
        Maybe. It didn't feel like nothing, though. He said he'd find out where I live.
    - said_rushes:
        Oh. Right. The queue.
    - said_feeling && said_not_her_fault:
        She lets out a long breath. #stage
        Thank you. I really thought it was me.
    - said_not_her_fault:
        Really? I kept going over it, thinking I'd said something wrong.
    - said_feeling:
        It was. I just keep thinking I should have done something differently.
    - said_sorry:
        Thanks. I keep thinking it was something I said.
    - else:
        She nods, but doesn't look up. #stage
        I keep thinking it was something I did.
}
I don't know if I can go back on the phones today.
* [You don't have to decide now. Take half an hour off the phones, get some air, and we'll talk again at eleven. #recover+2 #safe+1 #calm+1 #trust+1 #note: A real break, with a time to talk again, gives her space to recover without being left alone.]
    -> the_customer
* [Then go home. Take the rest of the day, and don't worry about the queue; I'll sort it. #recover+1 #safe+1 #follow-1 #note: Generous, and it takes the pressure off, but she goes home alone with it, and nobody talks to her again today.]
    -> the_customer

=== the_customer ===
{ calm <= 1: -> shaken_end }
What if he calls again?
* [I'll deal with that. His account gets a special-handling note under our policy, so if he calls, he comes to me. And I'll report the threat to security today. #follow+2 #safe+1 #trust+2 #note: Taking the customer off her hands, through the proper policy rather than a blacklist, removes the fear of the next call.]
    -> score
* [Then put him straight through to me, and don't say another word to him yourself. #follow+1 #calm-1 #note: It protects her from the next call, but the threat is never reported, and that is the part she is most afraid of.]
    -> score
* [I understand the worry. Unfortunately we can't block customers from calling, so he might get through again, but with so many of us on the phones the odds of him reaching you are low. #follow-2 #calm-1 #note: True that you don't blacklist, but there is a policy for threats; playing the odds leaves her exposed.]
    -> score

=== score ===
{ calm <= 1: -> shaken_end }
Will this go on my quality score?
* [No, it won't count against you. Next week, if you like, we can practise ending abusive calls safely. That's support, not a mark. #safe+2 #follow+1 #trust+1 #note: Separating support from evaluation, and offering development rather than punishment, is what makes her trust you.]
    -> crying
* [Honestly, I'm not sure yet. The handle time will probably show on the report, but I'll speak to the quality team and see what I can do for you. #safe-1 #calm-1 #note: Honest that you don't know, but a maybe about her score adds a worry at the worst moment; find out first, then tell her.]
    -> crying

=== crying ===
{ calm <= 1: -> shaken_end }
Thanks. I feel a bit stupid for crying.
* [You're not. It's a normal reaction to something horrible. The support line is confidential, and my door's open too. #recover+2 #care+1 #calm+1 #note: Normalising the reaction and naming the release channels gives her somewhere to put it later.]
    -> check_in
* [You're not stupid at all, Lina. Crying is a completely normal reaction to something like that, and it shows how much you care about the people you talk to. #care+1 #recover-1 #note: Warm and normalising, but it gives her nowhere to take it later: no support line, no open door once you've gone.]
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
