VAR mood = 2
VAR trust = 1
VAR caved = 0

No greeting. The voice is loud and very sure of itself. #stage
Ten thousand. That's what you owe me. Ten thousand yuan by Friday, or I'm calling the Evening News and putting your company all over the internet.
-> opening

=== opening ===
* [I can hear how angry you are, Mr Gao, and I want to understand what's happened. Will you tell me from the start? #calm+2 #terms+1 #mood+1 #note: Staying level and inviting the story, before reacting to the figure, took the heat out of the threat.]
    -> story
* [Ten thousand? That's not going to happen. #calm-2 #fair-1 #mood-2 #note: Arguing with the figure before hearing what happened turned it into a fight.]
    -> opening_cold
* [Please don't call the newspaper. Let's see what we can do. #fair-2 #calm-1 #caved+1 #note: Pleading against the threat tells him the newspaper works.]
    -> story

=== opening_cold ===
Not going to happen? Then we're done here. You'll read about it.
* [I'm sorry, Mr Gao, that came out wrong. I haven't even heard what happened yet. Please, tell me. #calm+2 #terms+1 #mood+2 #note: Owning your own misstep calmly gave the conversation a second chance.]
    -> story
* [Our compensation rules are very clear, sir. #calm-1 #terms-1 #note: Quoting rules at someone who is about to hang up closes the last door.]
    -> papers_end

=== story ===
{ mood <= 1: -> papers_end }
You check the record while he talks: two booked visits, both marked "engineer did not attend". #stage
Your engineer missed two appointments. Two! Then on Saturday the fridge died. Everything spoiled. My mother-in-law's birthday dinner, straight in the bin.
* [Two missed visits and then the fridge failing over the weekend. I'm sorry, that should not have happened. #terms+1 #calm+1 #trust+1 #mood+1 #note: The missed visits are on the record, so an apology for them was right, and it showed you heard him.]
    -> fridge_now
* [The engineer may have had an emergency that day. #terms-1 #mood-1 #note: Excusing the missed visits tells him you're on the company's side, not his.]
    -> fridge_now
* [Did you keep the receipts for the food? #terms-1 #mood-1 #note: Asking for evidence before acknowledging what happened sounds like suspicion.]
    -> fridge_now

=== fridge_now ===
{ mood <= 1: -> papers_end }
And it's still not working. It's sitting there, warm, in my kitchen.
* [Then the first thing is to stop this getting worse. I can book an urgent repair for tomorrow morning and arrange a loan fridge today. Shall I do that now? #loss+2 #trust+2 #mood+1 #note: Stopping the loss first is both right and disarming: he sees action before any argument about money.]
    -> paper_again
* [Let's sort out the compensation first, then the repair. #loss-2 #note: The fridge is still failing; money talk while the loss continues gets the order wrong.]
    -> paper_again
* [You'll need to book a new repair through the website. #loss-1 #escalate-1 #mood-1 #note: Sending him back to the queue after two missed visits is the opposite of ownership.]
    -> paper_again

=== paper_again ===
{ mood <= 1: -> papers_end }
Don't think a loan fridge makes this go away. The Evening News would love this story.
* [That's your right, Mr Gao, and I won't try to stop you. I'll let my team lead know you've mentioned it. What I want is to put this right for you. #calm+2 #fair+1 #escalate+1 #mood+1 #note: Calmly accepting his right, telling your lead, and returning to the remedy is exactly how to handle a media threat.]
    -> the_figure
* [Please, there's no need for the newspapers. I'm sure we can work something out. #fair-2 #calm-1 #caved+1 #note: Bargaining against the threat teaches that threats work.]
    -> the_figure
* [Go ahead. I doubt they'd be interested. #calm-2 #mood-2 #note: Daring him turns a lawful threat into a personal fight.]
    -> the_figure

=== the_figure ===
{ mood <= 1: -> papers_end }
Good. Then let's talk about the ten thousand.
* [Help me understand how you got to that figure. What has this cost you? #terms+2 #calm+1 #note: Letting him name his terms uncovers the real losses behind the number.]
    -> breakdown
* [We never pay anything like that. #fair-1 #terms-1 #mood-1 #note: A flat no before hearing the losses leaves him nothing to do but push harder.]
    -> breakdown
* [I'll ask my manager whether we can approve it. #fair-2 #caved+1 #note: Carrying his figure upwards suggests it is reasonable and raises his expectations.]
    -> breakdown

=== breakdown ===
{ mood <= 1: -> papers_end }
The food, about eight hundred. Two days off work waiting for your engineer. And the stress! A family birthday, ruined.
* [So: about eight hundred in food, two days you took off waiting, and a family celebration spoiled. I'm sorry about the birthday. That matters. #terms+2 #trust+1 #mood+1 #note: Playing back his real losses, including the one money can't fix, shows you took all of it seriously.]
    -> offer
* [We don't compensate for stress. #terms-1 #calm-1 #mood-2 #note: True in policy, but said like this it dismisses the part that hurt most.]
    -> offer
* [Eight hundred for food seems quite a lot. #terms-1 #mood-1 #note: Doubting the figure out loud before you have seen anything is an accusation.]
    -> offer

=== offer ===
{ mood <= 1: -> papers_end }
So what are you offering?
* [#free:the-offer] -> insult

=== insult ===
{ mood <= 1: -> papers_end }
That's an insult. Ten thousand, or the papers.
* [I understand it's far from what you asked for. It's what any customer in your position gets, and I won't offer you less or more. The rest of your claim goes to the complaints team with my notes, and they'll reply by Friday. #fair+2 #calm+1 #escalate+1 #trust+1 #note: The same fair offer, said calmly a second time, with a clear route for the rest, is hard to argue with.]
    -> cousin
* [All right, all right. Let me see if I can get you two thousand. #fair-2 #caved+2 #note: Raising the offer because he pushed is caving; it is unfair to everyone who accepted the standard remedy.]
    -> cousin
* [Then there's nothing more I can do for you. #escalate-1 #calm-1 #mood-2 #note: "Nothing more I can do" abandons him; there is a route, the complaints team.]
    -> cousin

=== cousin ===
{ mood <= 1: -> papers_end }
Actually, my cousin works at the Evening News. Give me your full name. He'll want to quote you.
* [I'm not able to speak to the press, Mr Gao. If a journalist contacts us, our press team will respond. I'll note that you've raised it, so the right people know today. #escalate+2 #calm+1 #fair+1 #note: Agents never comment to the media, not even politely; you passed it to the people who handle the press.]
    -> close
* [Off the record, the engineers are badly understaffed at the moment. #escalate-2 #calm-1 #note: "Off the record" is still on the record; agents never comment to the press or speculate about causes.]
    -> close
* [You can quote me: we're doing everything we can. #escalate-1 #note: Even a harmless-sounding quote is speaking to the media, which is not an agent's job.]
    -> close

=== close ===
{ mood <= 1: -> papers_end }
Fine. Friday. And the fridge tomorrow.
* [Yes: the engineer tomorrow between 8 and 12, the loan fridge today, and the complaints team's answer by Friday. I'm putting all of it in an email to you now, with my name on it. #escalate+1 #loss+1 #trust+1 #mood+1 #note: Confirming every commitment in writing, with your name, makes them real.]
    -> wrap
* [Yes. Goodbye. #escalate-1 #note: Ending without confirming what happens next leaves him to wonder whether any of it will.]
    -> wrap

=== wrap ===
{ caved >= 2: -> caved_end }
{ trust >= 6 && mood >= 5: -> resolved_end }
{ trust >= 4: -> referred_end }
-> papers_end

=== resolved_end ===
All right. Fix the fridge, sort the money for the food, and I'll wait for Friday. And thanks for actually listening. #ending: resolved
-> END

=== referred_end ===
I'm not happy. But I'll wait for your complaints team. Friday, you said. #ending: referred
-> END

=== caved_end ===
That's more like it. Funny how the newspaper changes things. #ending: caved
-> END

=== papers_end ===
Forget it. I'm calling the paper.
He hangs up. #stage #ending: papers
-> END
