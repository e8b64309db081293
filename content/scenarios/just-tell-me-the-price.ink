VAR mood = 3
VAR trust = 1
// What the last typed reply did: set by Coachline after each typed reply.
VAR reply_rude = false
VAR reply_unclear = false
VAR said_when = false
VAR said_where = false
VAR said_tell_me = false
VAR said_sell = false

Monday, 2:10 pm. A caller, brisk, before you finish your greeting. #stage
How much is your fastest plan? The 1 gig one. Just the price, please, I haven't got long.
-> opening

=== opening ===
* [It's 45 a month on a 12-month contract, Mrs Okafor. #straight+2 #respect+1 #mood+1 #note: She asked for a number; giving it first shows you heard her and earns you the next question.]
    -> sign_me_up
* [Before I quote anything, can I ask you a few questions about how you use the internet, so I can find the right plan for you? #straight-2 #respect-1 #mood-2 #note: Holding back the answer she asked for feels like a sales script starting, however helpful you meant it.]
    -> guarded
* [Great choice! Shall I sign you up today? #straight-1 #fit-1 #mood-1 #note: Enthusiasm without the price is a pitch, and she told you she does not want one.]
    -> guarded

=== guarded ===
{ mood <= 1: -> hung_up_end }
I asked for a price. Is that hard?
* [Sorry, you're right. It's 45 a month on a 12-month contract. #straight+1 #respect+1 #mood+1 #note: Owning the miss and answering straight away gets the call back on track.]
    -> sign_me_up
* [It depends, so I need to ask a few questions first. #straight-1 #mood-1 #note: "It depends" after being asked twice sounds like dodging.]
    -> sign_me_up

=== sign_me_up ===
{ mood <= 1: -> hung_up_end }
Fine. Sign me up then.
* [Happy to. One quick question first, so you don't pay for the wrong thing: what's the speed for? #discover+2 #respect+1 #trust+1 #note: Asking permission, and saying why, makes one question feel like help rather than a hurdle.]
    -> freezing
* [Sure, I'll set that up now. I'll just confirm your address and date of birth for security, then read you the contract terms, and you'll get an email with everything in writing. #discover-2 #fit-1 #note: Careful paperwork, but taking the order without knowing what it is for risks selling her the wrong fix.]
    -> freezing_unasked
* [Sure. Is it for work, or for streaming? #discover+1 #respect+1 #note: Quick, and about what she needs, but an either-or question only offers your guesses. An open one lets her tell you hers.]
    -> freezing

=== freezing_unasked ===
{ mood <= 1: -> hung_up_end }
While you type: it had better stop my video calls freezing. That's the whole point.
* [Then let me pause the order for a second. When does the freezing happen? #discover+1 #listen+1 #note: Better late than never: you stopped the sale to find out what it is for.]
    -> probe
* [It will. 1 gig is more than three times faster than what you have now, so there's far more room for video, and your calls should be much smoother. #fit-2 #note: Promising the upgrade fixes freezing, without knowing why the calls freeze, is a guess she will pay for.]
    -> sold_end

=== freezing ===
{ mood <= 1: -> hung_up_end }
My video calls with clients keep freezing. Obviously the internet's too slow.
-> probe

=== probe ===
* [#free:probe] -> clues

=== clues ===
{ mood <= 1: -> hung_up_end }
{
    - reply_rude:
        Don't take that tone with me. I'm the customer. Afternoons, mostly, and I'm in the back bedroom, two floors up.
    - reply_unclear:
        Sorry, was that a question? Look: they freeze, mostly in the afternoons. I work in the back bedroom, two floors up.
    - said_sell:
        I didn't ask for a sales pitch, I asked about my calls. For the record, it's mostly afternoons, and I work in the back bedroom, two floors up.
    - said_when && said_where:
        Afternoons mostly. I work in the back bedroom, two floors up.
    - said_where:
        The back bedroom, two floors up. I use it as my office. And it's mostly in the afternoons, since you'll ask.
    - said_when:
        Afternoons mostly. Why does that matter? I'm up in the back bedroom, two floors up, if that's what you're getting at.
    - said_tell_me:
        What more is there? They freeze. Mostly in the afternoons, I suppose. I work in the back bedroom, two floors up.
    - else:
        That isn't really a question. They freeze, mostly in the afternoons. I'm in the back bedroom, two floors up.
}
The router's in the hall downstairs, where the cable comes in.
* [So: back bedroom, two floors up from the router, mostly afternoons. Have I got that right? #listen+2 #discover+1 #trust+1 #note: Playing back the details she gave shows you listened, and lets her correct you before you act on them.]
    -> confirm
* [Two floors from the router? Then I bet it's your Wi-Fi, not the line. #listen+2 #discover-1 #mood-1 #note: You caught the clue, but you named the cause before checking it with her, and a guess is easy for her to wave away.]
    -> confirm
* [Afternoons are peak time on the network, when everyone's streaming and working from home, so more speed gives you more headroom. The 1 gig plan should sort that out. #fit-2 #listen-1 #note: You had the clue (two floors from the router) and jumped to the answer you wanted to sell.]
    -> confirm

=== confirm ===
{ mood <= 1: -> hung_up_end }
Yes. So can you upgrade me or not?
* [I can. Quick check first: if you take a call downstairs by the router, does it still freeze? #listen+2 #discover+1 #mood+1 #note: One closed question, chosen well, confirms the cause in a few seconds.]
    -> test
* [I can. I'll just run a line test first. It checks the speed reaching your router and takes about a minute, and then we'll know whether the line is the problem. #discover+1 #mood-1 #note: The test gives you facts about the line, but she waited a minute for half the picture: only asking her tells you about the room.]
    -> test

=== test ===
{ mood <= 1: -> hung_up_end }
Downstairs? No, it's fine down there. I moved once for a big client call.
You run a line test: the full 300 Mbps is reaching her router. #stage
* [Honestly? The faster plan won't fix this. Your line's fine; the Wi-Fi just doesn't reach two floors up. A Wi-Fi extender will, for 5 a month. #fit+3 #trust+2 #mood+1 #note: Telling her the cheaper thing fixes it is the fastest way to earn a guarded customer's trust.]
    -> catch
* [The line's fine, but the 1 gig plan's newer router might help. #fit-1 #note: "Might help" on a 45-a-month upgrade, when you know the cause, is selling, not advising.]
    -> catch
* [Your line's fine, so the upgrade probably won't fix it. There's the 1 gig plan at 45 a month, or a Wi-Fi extender at 5 a month. Which would you prefer? #fit+1 #mood-1 #note: Honest about the line, but you laid out both like a menu. She wanted your advice, and left to choose, she may still pay for the wrong one.]
    -> catch

=== catch ===
{ mood <= 1: -> hung_up_end }
Hang on. You're telling me not to spend more? What's the catch?
* [No catch. If I sold you the faster plan, your calls would still freeze next Monday, and you'd be calling us back. The extender fixes the actual problem. #fit+1 #trust+2 #mood+1 #note: A concrete "what happens next Monday" explains the advice in her terms.]
    -> order
* [No catch, honestly. Trust me. #fit-1 #note: "Trust me" asks for trust instead of giving her a reason.]
    -> order
* [Well, if you'd rather have the upgrade anyway, I'm happy to do that for you instead. It's completely your decision, and some customers like the peace of mind of having the fastest plan. #fit-2 #note: Backing off the right advice the moment she questions it tells her it was never advice.]
    -> order

=== order ===
{ mood <= 1: -> hung_up_end }
All right. Send the extender.
* [Done. It arrives Wednesday. Put it on the landing, halfway to your office; a blue light means it's in a good spot. #straight+1 #fit+1 #trust+1 #mood+1 #note: Delivery day, where to put it and how to tell it works: a clear close saves her a second call.]
    -> still
* [Done, it arrives Wednesday. Let me talk you through the setup now: plug it in next to the router first, let it connect, then move it to the landing halfway to your office and wait for the light. If it's orange, move it closer. Have you got a pen? #fit+1 #respect-1 #mood-1 #note: Thorough, and the placement is right, but she asked for an extender, not a tutorial: the steps come in the box, and she has calls to get back to.]
    -> still

=== still ===
{ mood <= 1: -> hung_up_end }
And if my calls still freeze?
* [Then it's on us. I'll call you Thursday at 4, after your afternoon calls. If it's still freezing, I'll book a free Wi-Fi check. #fit+1 #trust+1 #respect+1 #mood+1 #note: A named check-back time shows you own the outcome, not just the order.]
    -> wrap
* [Then call us back and we'll look into it. #fit-1 #note: Putting the follow-up on her means starting again with someone new.]
    -> wrap

=== wrap ===
{ trust >= 6 && mood >= 5: -> fitted_end }
-> unconvinced_end

=== fitted_end ===
Well. That's the first time anyone's talked me out of spending money. Thursday at 4, then. #ending: fitted
-> END

=== sold_end ===
Fine. Just make sure it works. #ending: sold-wrong
-> END

=== unconvinced_end ===
Fine. I'll try it. But I'm not holding my breath. #ending: unconvinced
-> END

=== hung_up_end ===
Forget it. I'll look on your website.
The line goes dead. #stage #ending: hung-up
-> END
