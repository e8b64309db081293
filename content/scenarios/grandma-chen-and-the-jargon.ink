VAR ease = 3
VAR trust = 1

An elderly woman puts a folded bill on the counter and smooths it flat. #stage
Young man, this bill is wrong. It says "OTT value-added service" and "data bundle overage". I don't know what any of that means. I only use the phone to call my grandson.
-> opening

=== opening ===
* [Let's go through it together, Mrs Chen. Take your time. Which line worries you most? #patience+2 #resolve+1 #ease+1 #note: Slowing down and letting her choose where to start put her at ease.]
    -> first_line
* [That's your OTT VAS subscription plus data overage charges. #plain-2 #ease-1 #note: Answering jargon with more jargon is the barrier she came in with.]
    -> opening_cold
* [It's all explained on our website. #patience-2 #ease-2 #note: Sending her to a website is sending her away.]
    -> opening_cold

=== opening_cold ===
I don't understand these things. That's why I came here.
* [Of course, I'm sorry. Let's look at it together, line by line. #patience+2 #ease+2 #note: An apology and a slower pace recovered her confidence in you.]
    -> first_line
* [I can print the page for you. #ease-1 #note: The same words on paper are still the same barrier.]
    -> first_line

=== first_line ===
{ ease <= 1: -> confused_end }
This one. Forty yuan. What is it?
* [That's a video service, like a TV channel on your phone. It was added in March. Do you remember agreeing to it? #plain+2 #resolve+1 #trust+1 #note: A comparison from her own life explained it in one sentence.]
    -> never
* [It's a value-added service subscription. #plain-2 #ease-1 #note: Reading the bill's words back to her explains nothing.]
    -> never

=== never ===
{ ease <= 1: -> confused_end }
No! I never watch television on the phone. Only video calls with my grandson.
* [Then let's stop the TV service today, and I'll make sure your video calls still work. #resolve+2 #trust+1 #ease+1 #note: Stopping what she doesn't use, and protecting what she does, is her real need.]
    -> data
* [You must have pressed something by mistake. #patience-2 #ease-2 #note: Implying it's her fault makes her feel foolish, whatever happened in March.]
    -> data

=== data ===
{ ease <= 1: -> confused_end }
And this "data" one. Thirty yuan.
* [Data is what your phone uses to go on the internet, and your video calls use data too. Your plan gives you a set amount of data each month. This month you used more data than the plan has, so there's an extra charge. #plain+1 #consistent+2 #note: One word, "data", used the same way every time, with no technical terms.]
    -> check_back
* [That's mobile broadband overage: MB over your GB allowance. #plain-2 #consistent-1 #ease-1 #note: Three technical terms in one sentence lose her completely.]
    -> check_back
* [That's your internet usage. Or data, it's the same thing as megabytes. #consistent-2 #note: Switching between internet, data and megabytes makes her think they are three different charges.]
    -> check_back

=== check_back ===
{ ease <= 1: -> confused_end }
She nods slowly. #stage
* [#free:check-back] -> her_words

=== her_words ===
{ ease <= 1: -> confused_end }
When I video call my grandson, it uses... data. And if I use too much data, I pay more?
* [Exactly right. You explained it better than I did. #check+1 #patience+1 #ease+1 #note: Confirming, with warmth, that she has it builds her confidence.]
    -> stop_paying
* [Yes. Well, roughly. #patience-1 #note: A grudging yes leaves her unsure she has understood.]
    -> stop_paying

=== stop_paying ===
{ ease <= 1: -> confused_end }
So how do I stop paying more?
* [Two ways. Use your home WiFi for video calls, which is free. I can set your phone to do that now. And I can add a little more data to your plan for five yuan a month, if you like. #resolve+2 #plain+1 #trust+1 #note: Two simple options in her terms, with the cheapest first.]
    -> write_down
* [Upgrade to our 20 GB unlimited bundle. #plain-1 #resolve-1 #note: An upsell in jargon answers a need she doesn't have.]
    -> write_down

=== write_down ===
{ ease <= 1: -> confused_end }
I'll forget all of this by the time I get home.
* [I'll write it down for you on this card, in big letters: the TV service is stopped, use WiFi for video calls, and my name and the shop's number if anything's wrong. #plain+1 #check+1 #trust+1 #ease+1 #note: Something to take home means she doesn't have to remember it all, or worry.]
    -> wrap
* [It's all in the app. #patience-1 #ease-1 #note: The app is the problem, not the answer, for her.]
    -> wrap

=== wrap ===
{ trust >= 5 && ease >= 5: -> understood_end }
-> nodding_end

=== understood_end ===
Thank you, young man. Nobody has ever explained it like that. I'll tell my friends to come to you. #ending: understood
-> END

=== confused_end ===
Never mind. I'll ask my grandson when he visits.
She folds the bill away and leaves. #stage #ending: confused
-> END

=== nodding_end ===
Yes, yes. Thank you. I think I understand. #ending: nodding
-> END
