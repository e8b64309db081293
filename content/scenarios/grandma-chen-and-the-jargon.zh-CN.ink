VAR ease = 3
VAR trust = 1
// What the last typed reply did: set by Coachline after each typed reply.
VAR reply_rude = false
VAR reply_unclear = false
VAR said_teach_back = false
VAR said_on_me = false
VAR said_is_that_clear = false
VAR said_tests_her = false
VAR said_jargon = false
VAR said_talks_down = false

一位老太太把一张折着的账单放到柜台上，用手一点点抹平。 #stage
小伙子，这账单不对呀。上面写着“OTT增值业务”，还有“套餐外流量超出费”。这些我一个都看不懂。我这手机就是用来给我孙子打电话的。
-> opening

=== opening ===
* [陈奶奶，咱们一起一项一项看，您别着急，慢慢来。哪一项您最不放心？ #patience+2 #resolve+1 #ease+1 #note: 你放慢节奏，让她自己决定从哪儿看起，她一下子就放松了。]
    -> first_line
* [您别担心，这个我来帮您弄好。那40块是手机上的一个电视服务，30块是额外的流量。电视服务我现在就给您停了。 #plain+1 #resolve+1 #patience-1 #ease-1 #note: 用词大体通俗，也很快给了办法，可你没等她说最担心哪一项就往下讲了，而且“额外的流量”对她来说还是一头雾水。]
    -> opening_cold
* [这些在我们官网上都有解释，就在“我的账单”那一栏。 #patience-2 #ease-2 #note: 让她去看网站，就是把她往外推。]
    -> opening_cold

=== opening_cold ===
这些东西我搞不懂，所以才跑到你们这儿来的嘛。
* [是是，对不起。咱们一起看，一行一行来。 #patience+2 #ease+2 #note: 一句道歉，再把节奏放慢，她又重新信得过你了。]
    -> first_line
* [我可以把说明页给您打印出来，把这两项费用用笔划出来，您拿回家慢慢看。 #ease-1 #note: 出发点是好的，但同样的字印在纸上，照样是那道坎。]
    -> first_line

=== first_line ===
{ ease <= 1: -> confused_end }
就这个，四十块。这是什么？
* [这是一个看视频的服务，就像手机上多了一个电视频道。是三月份开通的。您还记得当时同意过吗？ #plain+2 #resolve+1 #trust+1 #note: 用她生活里熟悉的东西打比方，一句话就讲明白了。]
    -> never
* [OTT就是英文“over the top”的意思，是一种流媒体服务，有点像手机上的电视频道，三月份加到您账户上的，每月40元。 #plain+1 #consistent-1 #note: 电视频道这个比方不错，可“over the top”和“流媒体”在答案之前又给她出了两道新难题。先打比方，账单上的那些词就别提了。]
    -> never

=== never ===
{ ease <= 1: -> confused_end }
没有的事！我从来不在手机上看电视。我就跟孙子打打视频。
* [那咱们今天就把这个电视服务停掉，我保证您跟孙子的视频照样能打。 #resolve+2 #trust+1 #ease+1 #note: 停掉她用不上的，保住她真正要用的，这才是她的需要。]
    -> data
* [没关系，这种情况挺常见的。这类服务一不小心就开通了，可能是您在哪条短信里点了什么，自己没注意到。 #patience-2 #ease-2 #note: 话说得很客气，可言下之意是她自己的错，不管三月份到底怎么回事，她听了都会觉得自己很笨。]
    -> data

=== data ===
{ ease <= 1: -> confused_end }
还有这个“流量”的，三十块。
* [流量就是手机上网要用的东西，打视频也要用流量。您的套餐每个月有固定的流量。这个月您用的流量多了，所以多收了一笔钱。 #plain+2 #consistent+2 #note: 一个词“流量”，从头到尾都是一个意思，没有一个专业词。]
    -> check_back
* [这是移动数据的超套餐费用。您的套餐含2GB的流量额度，超出以后，每多用1MB都按套餐外资费计费。 #plain-2 #consistent-1 #ease-1 #note: 说得没错，但两句话里四个专业词，她完全跟不上了。]
    -> check_back
* [您打视频是走网络的，您的套餐每个月只包一定量的网络。这个月视频打得多，超过了，所以多出来的流量收了您30块。 #plain+1 #consistent-1 #note: 用的都是大白话，可前面说“网络”，后面又说“流量”，她听着像是两样东西。选一个词，一直用下去。]
    -> check_back

=== check_back ===
{ ease <= 1: -> confused_end }
她慢慢地点了点头。 #stage
* [#free:check-back] -> her_words

=== her_words ===
{ ease <= 1: -> confused_end }
{
    - reply_rude:
        她身子一僵，拿起了账单。 #stage
        小伙子，你犯不着这么跟我说话。我是老了，又不是聋了。
        她吸了口气，还是试着说了。 #stage
    - reply_unclear:
        不好意思，我没听明白。你是要问我什么？
        你换了个简单的说法又问了一遍，她想了想。 #stage
    - said_talks_down:
        她身子微微一僵。 #stage
        小伙子，我又不是小孩子。不过……我试试吧。
    - said_jargon:
        什么G啊兆的？什么套餐外？你又把我绕糊涂了。
        你换回大白话又说了一遍，她试着说了说。 #stage
    - said_tests_her:
        她低头看着账单。 #stage
        还要考我呀？哎哟……那我试试。
    - said_teach_back && said_on_me:
        你讲得挺清楚的。我来说说看。
    - said_teach_back:
        用我自己的话说？我想想啊。
    - said_is_that_clear:
        清楚，清楚。
        她嘴上点着头，眼睛却还盯着账单。你改口请她用自己的话说一说。 #stage
    - else:
        她等着，不太明白你想让她做什么。你请她用自己的话说说这笔流量费是怎么回事。 #stage
}
我跟孙子打视频的时候，会用掉……流量。流量用多了，就得多交钱，是吧？
* [完全正确。您说得比我还清楚。 #check+1 #patience+1 #ease+1 #note: 热情地告诉她说对了，她心里就更有底了。]
    -> stop_paying
* [嗯，差不多吧。其实还要复杂一点，跟画面清不清楚、聊多长时间都有关系，不过大体上是这样。 #patience-1 #note: 说得没错，但一句勉强的“大体上”让她拿不准自己到底懂没懂。她明明懂了，就直接告诉她。]
    -> stop_paying

=== stop_paying ===
{ ease <= 1: -> confused_end }
那我怎么样才能不多交钱呢？
* [有两个办法。您在家连WiFi打视频是不花钱的，我现在就帮您把手机设置好。另外，您要是愿意，我也可以给您的套餐多加一点流量，每个月5块钱。 #resolve+2 #plain+1 #trust+1 #note: 两个简单的办法，用她听得懂的话说，最省钱的放在前面。]
    -> write_down
* [最省事的办法是给您的套餐多加一点流量，每个月5块钱，我现在就能帮您办。 #plain+1 #resolve-1 #note: 说得简单也快，可漏掉了那个不花钱的办法：她家里的WiFi。她来是想少花钱，不是每个月再多花一点。]
    -> write_down

=== write_down ===
{ ease <= 1: -> confused_end }
等我回到家，这些早就忘光了。
* [我给您写在这张卡片上，字写得大大的：电视服务已经停了，在家打视频用WiFi，再写上我的名字和店里的电话，有什么不对随时找我。 #plain+1 #check+1 #trust+1 #ease+1 #note: 有样东西能带回家，她就不用硬记，也不用提心吊胆了。]
    -> wrap
* [今天办的这些，在我们的APP上也都能看到，就在“账户”里，您随时可以在上面查流量。 #patience-1 #ease-1 #note: 对她来说，APP本身就是难题，不是答案。给她一样能拿在手里的东西。]
    -> wrap

=== wrap ===
{ trust >= 5 && ease >= 5: -> understood_end }
-> nodding_end

=== understood_end ===
谢谢你啊，小伙子。从来没人给我讲得这么明白。我让我那些老姐妹都来找你。 #ending: understood
-> END

=== confused_end ===
算了，等我孙子来了我再问他吧。
她把账单折好，走了。 #stage #ending: confused
-> END

=== nodding_end ===
好，好，谢谢你。我应该是懂了吧。 #ending: nodding
-> END
